package org.a4p.recommendations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of one group of GET /statistics, or of all recommendations (its total). */
@Schema(name = "StatisticsGroup", description = "The figures of one group as of the answer's moment, with the counts behind "
        + "its rates: acceptanceRate = accepted / decided, implementationRate = implemented / accepted (the JIU definitions). "
        + "A rate with nothing to divide by is null (unknown), never 0.")
public record StatisticsGroup(
        @Schema(description = "The group: an Area of Commitment code (groupBy=area), a stakeholder code, category or body "
                + "(groupBy=stakeholder), or a year of issuance (groupBy=year); TOTAL for the total over all recommendations",
                examples = "POLITICS") String key,
        @Schema(description = "The area's name as in the report, or the stakeholder's name as stakeholders-service publishes it; "
                + "null for a year, a stakeholder not (yet) known from its events, and the total", nullable = true,
                examples = "Politics") String name,
        @Schema(description = "Recommendations in the group that existed at the moment (groupBy=stakeholder: those on which "
                + "the addressee had a position)", minimum = "0", examples = "3") int recommendations,
        @Schema(description = "Positions on those recommendations at the moment, one per addressee (groupBy=stakeholder: "
                + "the addressee's own)", minimum = "0", examples = "6") int positions,
        @Schema(description = "Positions decided: acceptance neither PENDING nor NOT_RELEVANT (the denominator of acceptanceRate)",
                minimum = "0", examples = "4") int decided,
        @Schema(description = "Positions ACCEPTED or PARTIALLY_ACCEPTED (the numerator of acceptanceRate, the denominator of "
                + "implementationRate)", minimum = "0", examples = "3") int accepted,
        @Schema(description = "Positions accepted or partially accepted whose implementation is IMPLEMENTED (the numerator of "
                + "implementationRate)", minimum = "0", examples = "1") int implemented,
        @Schema(description = "(ACCEPTED + PARTIALLY_ACCEPTED) / positions decided (neither PENDING nor NOT_RELEVANT), from 0 to 1; "
                + "null when no position is decided", nullable = true, minimum = "0", maximum = "1", examples = "0.75")
        Double acceptanceRate,
        @Schema(description = "IMPLEMENTED / positions ACCEPTED or PARTIALLY_ACCEPTED, from 0 to 1; null when none is accepted",
                nullable = true, minimum = "0", maximum = "1", examples = "0.3333333333333333")
        Double implementationRate,
        @Schema(description = "Recommendations in the group that, at the moment, were not closed (status neither IMPLEMENTED, "
                + "NOT_ACCEPTED nor SUPERSEDED) and had been issued more than 5 years before (issuedOn plus 5 years is before "
                + "the moment's day, UTC)", minimum = "0", examples = "2") int outstandingOver5Years) {
}
