package org.a4p.recommendations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The problem document of a refused import, for the OpenAPI document: the answer is the platform's Problem whose
 * {@code errors} name rows and columns instead of fields.
 */
@Schema(name = "ImportProblem", description = "RFC 9457 problem details of a refused import: nothing was changed; "
        + "errors lists every bad cell or row", requiredProperties = {"type", "title", "status", "errors"})
public record ImportProblem(
        @Schema(description = "urn:a4p:problem:invalid-import (rows break the rules), urn:a4p:problem:unreadable-import "
                + "(the file cannot be read as rows), urn:a4p:problem:payload-too-large", examples = "urn:a4p:problem:invalid-import")
        String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Invalid import") String title,
        @Schema(description = "The HTTP status code", examples = "422") int status,
        @Schema(description = "What went wrong, for a person") String detail,
        @Schema(description = "The request path", examples = "/recommendations/import") String instance,
        @Schema(description = "Every refused cell or row, in row order") List<ImportRowError> errors) {
}
