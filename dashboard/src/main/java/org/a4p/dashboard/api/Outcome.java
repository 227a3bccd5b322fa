package org.a4p.dashboard.api;

/** How a session ended, translated; {@code document} is the adopted report's UN symbol, or null. */
public record Outcome(String code, String label, String document, String note) {
}
