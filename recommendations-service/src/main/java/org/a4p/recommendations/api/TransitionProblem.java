package org.a4p.recommendations.api;

import org.a4p.events.RecommendationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The 409 of a status change the lifecycle refuses, documented with the two extension members the platform's
 * Problem carries for it, so that a generated client can read them from the typed error.
 */
@Schema(name = "TransitionProblem", description = "RFC 9457 problem details of a status change the lifecycle does not allow")
public record TransitionProblem(
        @Schema(description = "URN naming the kind of problem", examples = "urn:a4p:problem:invalid-transition") String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Transition not allowed") String title,
        @Schema(description = "The HTTP status code", examples = "409") int status,
        @Schema(description = "What went wrong with this request, for a person") String detail,
        @Schema(description = "The request path", examples = "/recommendations/3/status") String instance,
        @Schema(description = "The recommendation's status now") RecommendationStatus currentStatus,
        @Schema(description = "The statuses it may change to from here; empty when the current status is final")
        List<RecommendationStatus> allowedStatuses) {
}
