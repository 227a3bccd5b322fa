package org.a4p.recommendations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.a4p.events.A4pPlusPriority;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Arrays;
import java.util.List;

/**
 * One change of a recommendation's A4P+ priorities: the whole set after it and the one before; append-only. The
 * history lists these, and reads as of a moment take the last one until then.
 */
@Entity
@Table(name = "priority_change")
public class PriorityChange extends RecommendationChange {

    /** A4pPlusPriority codes in canonical order. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] priorities;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "previous_priorities", nullable = false, columnDefinition = "text[]")
    public String[] previousPriorities;

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
