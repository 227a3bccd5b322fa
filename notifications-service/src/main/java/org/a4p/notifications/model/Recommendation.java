package org.a4p.notifications.model;

import java.util.List;

/**
 * A recommendation as the read model holds it (kept from recommendation-events); {@code areaName} is the report's name
 * of its area, null until an upsert that carried it was consumed.
 */
public record Recommendation(int number, String area, String areaName, String text, List<String> stakeholders,
                             String status, long version) {

    /** The same recommendation with the status it had at some moment. */
    public Recommendation withStatus(String statusThen) {
        return new Recommendation(number, area, areaName, text, stakeholders, statusThen, version);
    }
}
