package org.a4p.recommendations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.a4p.events.A4pPlusPriority;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One change of a recommendation's A4P+ priorities: the whole set after it and the one before; append-only. The
 * history lists these, and reads as of a moment take the last one until then.
 */
@Entity
@Table(name = "priority_change")
public class PriorityChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recommendation_number", nullable = false)
    public int recommendationNumber;

    /** A4pPlusPriority codes in canonical order. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] priorities;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "previous_priorities", nullable = false, columnDefinition = "text[]")
    public String[] previousPriorities;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    /** The recommendation's version the change produced. */
    @Column(nullable = false)
    public long version;

    public static String[] codes(List<A4pPlusPriority> priorities) {
        return priorities.stream().map(Enum::name).toArray(String[]::new);
    }

    public static List<A4pPlusPriority> priorities(String[] codes) {
        return Arrays.stream(codes).map(A4pPlusPriority::valueOf).sorted().toList();
    }
}
