package org.a4p.events;

/**
 * A reference to the evidence of a change: a UN document by its symbol (e.g. {@code A/77/19},
 * {@code S/RES/2436 (2018)}) and paragraph, and/or a URL; at least one of symbol and url is present.
 */
public record EvidenceReference(String symbol, String paragraph, String url, String title) {
}
