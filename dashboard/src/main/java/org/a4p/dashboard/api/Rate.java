package org.a4p.dashboard.api;

/**
 * A rate of {@code org.a4p.events.PositionRates} as a page shows it: the text (percentage and the counts behind it,
 * or that there is nothing to divide by yet) and the bar's width in the SVG's 0..100 coordinates, null when unknown.
 */
public record Rate(String text, String width) {
}
