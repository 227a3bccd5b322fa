package org.a4p.notifications.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token of an e-mail subscription's confirmation mail. */
@Schema(name = "ConfirmRequest")
public record ConfirmRequest(
        @NotBlank @Size(max = 100) @Schema(description = "The token from the link of the confirmation mail",
                examples = "Zq3xv7bQ0m1K2t9yN4pW6eR8uY0iO2aS4dF6gH8jK0l", required = true, maxLength = 100)
        String token) {

    /** Never print the token. */
    @Override
    public String toString() {
        return "ConfirmRequest[…]";
    }
}
