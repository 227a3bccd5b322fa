package org.a4p.dashboard.model;

/** How many recommendations of a group (an area or a stakeholder category) have a status. */
public record StatusCount(String group, String status, int count) {
}
