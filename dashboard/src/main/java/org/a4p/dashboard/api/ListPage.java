package org.a4p.dashboard.api;

import java.util.List;

/** {@code /recommendations}: the filters as links, the search and the matching recommendations. */
public record ListPage(Frame frame, List<Link> statuses, List<Link> areas, String q, String lang, List<Row> rows) {

    public record Row(int number, String href, String status, String statusLabel, String areaName, String excerpt) {
    }
}
