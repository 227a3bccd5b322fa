package org.a4p.recommendations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.a4p.events.PositionChangeKind;

import java.time.OffsetDateTime;

/**
 * One state a position has had, appended by every change (append-only). {@code initial} marks the state a position
 * started in (seeded, or added with its recommendation): kept for reads as of a date, not listed as a change.
 */
@Entity
@Table(name = "position_change")
public class PositionChange extends PositionState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recommendation_number", nullable = false)
    public int recommendationNumber;

    @Column(nullable = false)
    public String stakeholder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PositionChangeKind kind;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(nullable = false)
    public boolean initial;

    /** The position this state describes (for a REMOVED row: as it was when removed). */
    public Position toPosition() {
        Position p = new Position();
        p.recommendationNumber = recommendationNumber;
        p.stakeholder = stakeholder;
        p.acceptance = acceptance;
        p.implementation = implementation;
        p.note = note;
        p.evidence = evidence;
        p.updatedAt = changedAt;
        p.updatedBy = changedBy;
        p.version = version;
        return p;
    }
}
