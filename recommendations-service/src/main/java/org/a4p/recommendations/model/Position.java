package org.a4p.recommendations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One addressee's acceptance and implementation of a recommendation, as it is now. Its {@code version} is bumped by
 * the service on every change (not @Version: the change's history row carries the same number).
 */
@Entity
@Table(name = "position")
@IdClass(Position.Key.class)
public class Position extends PositionState {

    public record Key(Integer recommendationNumber, String stakeholder) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "recommendation_number")
    public Integer recommendationNumber;

    @Id
    public String stakeholder;

    /** The inverse side of {@link Recommendation#positions}; the key column above is what is written. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recommendation_number", insertable = false, updatable = false)
    public Recommendation recommendation;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
