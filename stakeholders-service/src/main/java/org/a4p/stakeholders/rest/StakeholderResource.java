package org.a4p.stakeholders.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.a4p.platform.http.PublicLinks;
import org.a4p.platform.http.QueryParams;
import org.a4p.platform.security.Roles;
import org.a4p.platform.security.SecuritySchemes;
import org.a4p.stakeholders.api.StakeholderRequest;
import org.a4p.stakeholders.api.StakeholderResponse;
import org.a4p.stakeholders.mapping.ApiMapping;
import org.a4p.events.StakeholderCategory;
import org.a4p.stakeholders.model.StakeholderKind;
import org.a4p.stakeholders.service.StakeholderService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders", description = "The five report categories, the bodies acting for them and the field missions")
public class StakeholderResource {

    private final StakeholderService stakeholders;
    private final PublicLinks links;

    StakeholderResource(StakeholderService stakeholders, PublicLinks links) {
        this.stakeholders = stakeholders;
        this.links = links;
    }

    @GET
    @Operation(operationId = "listStakeholders", summary = "List stakeholders, optionally by kind and category",
            description = "Ordered by code. Both filters are optional and combine.")
    @APIResponse(responseCode = "200", description = "The matching stakeholders")
    @APIResponse(responseCode = "400", description = "A filter value is not one of the allowed values")
    public List<StakeholderResponse> list(
            @Parameter(description = "Only stakeholders of this kind", schema = @Schema(implementation = StakeholderKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only stakeholders acting for this category",
                    schema = @Schema(implementation = StakeholderCategory.class))
            @QueryParam("category") String category) {
        return stakeholders.list(QueryParams.optionalEnum("kind", QueryParams.absentIfBlank(kind), StakeholderKind.class),
                        QueryParams.optionalEnum("category", QueryParams.absentIfBlank(category), StakeholderCategory.class))
                .stream().map(ApiMapping::toResponse).toList();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getStakeholder", summary = "Get one stakeholder by code")
    @APIResponse(responseCode = "200", description = "The stakeholder")
    @APIResponse(responseCode = "404", description = "No stakeholder has this code")
    public StakeholderResponse get(@Parameter(description = "Stakeholder code", example = "C34") @PathParam("code") String code) {
        return ApiMapping.toResponse(stakeholders.get(code));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putStakeholder", summary = "Add a stakeholder or replace one (every field)",
            description = "Publishes org.a4p.stakeholder.upserted.v1 when something changed. The five report categories keep "
                    + "kind CATEGORY and their own code as category; no other stakeholder can be a CATEGORY.")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "ecowas", summary = "A regional partner (PUT /stakeholders/ECOWAS)", value = """
                    {"name": "Economic Community of West African States", "kind": "REGIONAL_ORGANIZATION",
                     "category": "MEMBER_STATES",
                     "description": "Regional partner in West Africa; it acts through decisions of its member states."}""")))
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged); the stakeholder as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderResponse.class)))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", description = "URL of the stakeholder", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid code or stakeholder; nothing was changed")
    public Response put(@Parameter(description = "Stakeholder code", example = "ECOWAS") @PathParam("code") String code,
                        @NotNull @Valid StakeholderRequest request) {
        StakeholderService.Saved saved = stakeholders.put(ApiMapping.toStakeholder(code, request));
        StakeholderResponse body = ApiMapping.toResponse(saved.stakeholder());
        return saved.created() ? Response.created(links.to("/stakeholders/" + saved.stakeholder().code)).entity(body).build() : Response.ok(body).build();
    }
}
