package org.a4p.recommendations.model;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionImplementation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a position says, shared by the position as it is now and each state it has had. */
@MappedSuperclass
public abstract class PositionState {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PositionAcceptance acceptance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PositionImplementation implementation;

    @Column(length = 2000)
    public String note;

    /** The evidence references as a JSON array (EvidenceReference objects); kept as text, mapped by EvidenceJson. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String evidence;

    @Column(nullable = false)
    public long version;
}
