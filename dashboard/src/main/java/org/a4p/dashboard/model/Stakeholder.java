package org.a4p.dashboard.model;

/** A stakeholder (one of the five categories, a body or a field mission) as the read model holds it. */
public record Stakeholder(String code, String name, String kind, String category) {
}
