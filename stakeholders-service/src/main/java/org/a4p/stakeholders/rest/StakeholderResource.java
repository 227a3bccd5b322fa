package org.a4p.stakeholders.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.a4p.platform.problem.Problem;
import org.a4p.stakeholders.repository.StakeholderCategory;
import org.a4p.stakeholders.repository.StakeholderKind;
import org.a4p.stakeholders.service.StakeholderService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders", description = "The five report categories, the bodies acting for them and the field missions")
public class StakeholderResource {

    private final StakeholderService stakeholders;

    StakeholderResource(StakeholderService stakeholders) {
        this.stakeholders = stakeholders;
    }

    @GET
    @Operation(operationId = "listStakeholders", summary = "List stakeholders, optionally by kind and category",
            description = "Ordered by code. Both filters are optional and combine.")
    @APIResponse(responseCode = "200", description = "The matching stakeholders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StakeholderResponse.class)))
    @APIResponse(responseCode = "400", description = "A filter value is not one of the allowed values",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<StakeholderResponse> list(
            @Parameter(description = "Only stakeholders of this kind", schema = @Schema(implementation = StakeholderKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only stakeholders acting for this category",
                    schema = @Schema(implementation = StakeholderCategory.class))
            @QueryParam("category") String category) {
        return stakeholders.list(QueryParams.enumValue(StakeholderKind.class, kind, "kind"),
                        QueryParams.enumValue(StakeholderCategory.class, category, "category"))
                .stream().map(StakeholderResponse::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getStakeholder", summary = "Get one stakeholder by code")
    @APIResponse(responseCode = "200", description = "The stakeholder",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderResponse.class)))
    @APIResponse(responseCode = "404", description = "No stakeholder has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StakeholderResponse get(@Parameter(description = "Stakeholder code", example = "C34") @PathParam("code") String code) {
        return StakeholderResponse.of(stakeholders.get(code));
    }
}
