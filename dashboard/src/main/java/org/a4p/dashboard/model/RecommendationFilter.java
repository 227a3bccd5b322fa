package org.a4p.dashboard.model;

/** The filters of the list and the overview; a null field does not filter. {@code q} matches text, action and context. */
public record RecommendationFilter(String area, String stakeholder, String status, String q) {

    public static final RecommendationFilter NONE = new RecommendationFilter(null, null, null, null);
}
