package org.a4p.dashboard.api;

import java.util.List;

/** {@code /}: progress by area and by stakeholder. {@code filter} links the area shown alone, else null. */
public record OverviewPage(Frame frame, int total, List<Legend> legend, List<ChartRow> byArea, List<ChartRow> byStakeholder,
                           Link filter, String showAllHref) {

    /** A status: its colour (by CSS class), its label and the list of the recommendations that have it. */
    public record Legend(String status, String label, String href) {
    }
}
