package org.a4p.recommendations.model;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/**
 * What every append-only change of a recommendation records, in the same columns of its own table: which
 * recommendation, when and by whom. History and reads as of a moment order changes by {@code changedAt}, then {@code id}.
 */
@MappedSuperclass
public abstract class RecommendationChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recommendation_number", nullable = false)
    public int recommendationNumber;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;
}
