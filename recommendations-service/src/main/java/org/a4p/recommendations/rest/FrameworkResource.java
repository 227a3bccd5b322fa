package org.a4p.recommendations.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.a4p.events.ReferenceFramework;
import org.a4p.platform.problem.ProblemException;
import org.a4p.recommendations.api.FrameworkView;
import org.a4p.recommendations.service.FrameworkService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

@Path("/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference frameworks", description = "A4P (2018): the Areas of Commitment and the Declaration paragraphs the "
        + "report cites; A4P+ (2021): the priorities and cross-cutting themes recommendations can be mapped to")
public class FrameworkResource {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final FrameworkService service;

    FrameworkResource(FrameworkService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listFrameworks", summary = "The reference frameworks: A4P_2018, then A4P_PLUS_2021")
    @APIResponse(responseCode = "200", description = "Both frameworks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FrameworkView.class)))
    public List<FrameworkView> list() {
        return service.all();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getFramework", summary = "One reference framework")
    @APIResponse(responseCode = "200", description = "The framework",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkView.class)))
    @APIResponse(responseCode = "400", description = "The code is malformed (not A-Z, 0-9 and _)")
    @APIResponse(responseCode = "404", description = "No framework with this code")
    public FrameworkView get(@Parameter(description = "The framework's code", schema = @Schema(implementation = ReferenceFramework.class))
                             @PathParam("code") String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw ProblemException.badRequest("code", "must be a framework code such as A4P_2018 (A-Z, 0-9, _; at most 64)");
        }
        ReferenceFramework framework = Arrays.stream(ReferenceFramework.values()).filter(f -> f.name().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("no framework " + code + "; the frameworks are "
                        + Arrays.toString(ReferenceFramework.values())));
        return service.framework(framework);
    }
}
