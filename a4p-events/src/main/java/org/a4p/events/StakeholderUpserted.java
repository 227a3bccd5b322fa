package org.a4p.events;

/**
 * {@code org.a4p.stakeholder.upserted.v1}: a stakeholder category, body or field mission. {@code category}
 * is one of the five report categories (a category's own category is itself).
 */
public record StakeholderUpserted(
        String code,
        String name,
        String kind,
        String category,
        String description,
        boolean closed) {
}
