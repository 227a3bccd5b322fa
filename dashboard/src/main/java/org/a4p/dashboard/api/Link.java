package org.a4p.dashboard.api;

/**
 * A link of a filter, a switcher or a list.
 *
 * @param lang    the language of the label when it differs from the page's (the report's texts are English), else null
 * @param current whether it is the page or filter being shown
 */
public record Link(String label, String href, String lang, boolean current) {
}
