package org.a4p.dashboard.api;

import java.util.List;

/**
 * What every page shows around its content: its language and direction, the title, the navigation and the language
 * switcher (links that keep the page and its filters), and how recent the data is.
 *
 * @param asOf the localised time of the newest event applied, or null before the first one
 */
public record Frame(String lang, String dir, String title, String overviewHref, String recommendationsHref,
                   String sessionsHref, List<Link> languages, String asOf) {
}
