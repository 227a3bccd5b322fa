package org.a4p.recommendations.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.a4p.events.StakeholderCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Body of POST (create) and PUT (edit). The status is not part of it: it only changes through the lifecycle. */
@Schema(name = "RecommendationInput", description = "A new or corrected recommendation")
public record RecommendationInput(
        @Schema(description = "POST: optional, the next free number when absent. PUT: optional, must equal the path's number.",
                nullable = true, examples = "25")
        @Min(1) @Max(RecommendationInput.MAX_NUMBER) Integer number,
        @Schema(description = "The recommendation, the 'what'", maxLength = 2000)
        @NotBlank @Size(max = 2000) String text,
        @Schema(description = "Who can act, the 'how'", maxLength = 500, examples = "Member States Secretariat")
        @NotBlank @Size(max = 500) String stakeholderAction,
        @Schema(description = "Stakeholder categories; derived from stakeholderAction when absent", nullable = true)
        @Size(min = 1, max = 5) List<@NotNull StakeholderCategory> stakeholders,
        @Schema(description = "Area of Commitment code (see GET /areas)", examples = "PARTNERSHIPS")
        @NotBlank @Size(max = 64) String area,
        @Schema(description = "Paragraph of the A4P Declaration of Shared Commitments", minimum = "1", maximum = "99", examples = "18")
        @NotNull @Min(1) @Max(99) Integer a4pParagraph,
        @Schema(description = "The report sections that give its context", maxLength = 1000)
        @NotBlank @Size(max = 1000) String context,
        @Schema(description = "The day it was issued (e.g. the last day of the forum that made it), from which "
                + "outstandingOver5Years counts; not after today. POST: today (UTC) when absent. PUT: unchanged when absent.",
                nullable = true, examples = "2018-11-29")
        LocalDate issuedOn) {

    /** The highest number a recommendation can have (the report has 24; later forums add a few). */
    public static final int MAX_NUMBER = 100_000;
}
