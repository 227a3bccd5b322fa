package org.a4p.dashboard.api;

/**
 * One evidence reference: its text (a UN symbol with its paragraph and title, or the URL itself) and the URL as a
 * link when it is http(s), else null (then the text says it and nothing is clickable).
 */
public record EvidenceLink(String text, String href) {
}
