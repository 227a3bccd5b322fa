package org.a4p.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details document, served as {@code application/problem+json}.
 * {@code type} is a URN naming the kind of problem ({@code urn:a4p:problem:<kind>}); clients should
 * branch on it (or on {@code status}), never on {@code title} or {@code detail}.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(description = "URN naming the kind of problem", examples = "urn:a4p:problem:invalid-transition")
    public final String type;
    @Schema(description = "Short summary of the kind of problem", examples = "Transition not allowed")
    public final String title;
    @Schema(description = "The HTTP status code", examples = "409")
    public final int status;
    @Schema(description = "What went wrong with this request, for a person")
    public final String detail;
    @Schema(description = "The request path", examples = "/recommendations/3/status")
    public final String instance;
    @Schema(description = "One entry per invalid field, when the request had invalid fields")
    public final List<FieldError> errors;
    @JsonIgnore
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, String instance,
                   List<FieldError> errors, Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** Extension members (for example {@code allowedStatuses} on an invalid transition). */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "The offending field, as a JSON path or parameter name", examples = "status")
            String field,
            @Schema(description = "Why it was refused") String message) {
    }
}
