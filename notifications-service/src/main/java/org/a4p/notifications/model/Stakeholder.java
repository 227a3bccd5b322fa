package org.a4p.notifications.model;

/** A stakeholder (category or body) as the read model holds it. */
public record Stakeholder(String code, String name, String kind, String category) {
}
