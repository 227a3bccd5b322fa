package org.a4p.dashboard.model;

/** How many positions of a group (an area or a stakeholder) have an acceptance and implementation. */
public record PositionCount(String group, String acceptance, String implementation, int count) {
}
