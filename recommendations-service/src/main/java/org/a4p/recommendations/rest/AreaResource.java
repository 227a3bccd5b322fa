package org.a4p.recommendations.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.a4p.recommendations.api.AreaView;
import org.a4p.recommendations.mapping.RecommendationMapper;
import org.a4p.recommendations.service.RecommendationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas of Commitment", description = "The 8 groups of the report's recommendations")
public class AreaResource {

    private final RecommendationService service;
    private final RecommendationMapper mapper;

    AreaResource(RecommendationService service, RecommendationMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listAreas", summary = "The 8 Areas of Commitment, in report order")
    @APIResponse(responseCode = "200", description = "The areas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AreaView.class)))
    public List<AreaView> list() {
        return service.areas().stream().map(mapper::toView).toList();
    }
}
