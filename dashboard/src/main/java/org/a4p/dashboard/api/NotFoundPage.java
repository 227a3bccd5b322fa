package org.a4p.dashboard.api;

/** The 404 page of a recommendation or session that the read model does not hold. */
public record NotFoundPage(Frame frame) {
}
