package org.a4p.recommendations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.a4p.events.RecommendationStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a recommendation's history; append-only. */
@Entity
@Table(name = "status_change")
public class StatusChange extends RecommendationChange {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public RecommendationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public RecommendationStatus toStatus;

    @Column(length = 2000)
    public String note;

    @Column(name = "evidence_url", length = 2000)
    public String evidenceUrl;

    /** The evidence references as a JSON array (EvidenceReference objects). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String evidence = "[]";
}
