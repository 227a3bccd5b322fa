package org.a4p.recommendations.rest;

import jakarta.ws.rs.PathParam;
import org.a4p.platform.http.QueryParams;
import org.a4p.recommendations.api.RecommendationInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code {number}} of {@code /recommendations/{number}...} (a {@code @BeanParam}). Read as text and checked
 * here, before anything touches the database: JAX-RS would answer {@code /recommendations/abc} or a number beyond
 * {@code int} with a bare 404, and a client deserves a 400 that names the parameter.
 */
public class RecommendationNumber {

    @PathParam("number")
    @Parameter(description = "The recommendation's number", example = "7",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + RecommendationInput.MAX_NUMBER))
    String number;

    /** The number, or a 400 problem naming {@code number} when it is not an integer in range. */
    int value() {
        return QueryParams.integer("number", number, 0, 1, RecommendationInput.MAX_NUMBER);
    }
}
