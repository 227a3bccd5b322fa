package org.a4p.dashboard.api;

import java.util.List;

/**
 * One group (an area or a stakeholder) of an overview chart: its link, the count per status in the legend's order, the
 * bar segments drawn as inline SVG, the status-based progress and the positions' acceptance and implementation rates.
 */
public record ChartRow(Link group, List<Integer> counts, int total, List<Segment> segments, String acceptedOrFurther,
                       String implemented, Rate acceptanceRate, Rate implementationRate) {

    /** One coloured part of a bar, in the SVG's 0..100 coordinates (formatted without locale digits). */
    public record Segment(String status, String x, String width) {
    }
}
