package org.a4p.dashboard.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.a4p.dashboard.mapping.Languages;
import org.a4p.platform.openapi.ProblemResponses;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;

/**
 * What every page of {@link PagesResource} answers, said once instead of on each operation: 200 is the page as HTML;
 * a page at an address with a path parameter answers 404 with an HTML page, or a problem when JSON is asked for; its
 * {@code lang} parameter is one of {@link Languages#NAMES}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PageOperations implements OASFilter {

    private static final String PAGE_EXAMPLE = "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\">...</html>";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getTags() == null || !operation.getTags().contains(PagesResource.TAG)) {
            return operation;
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        responses.addAPIResponse("200", OASFactory.createAPIResponse().description("The page").content(html()));
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            Content notFound = ProblemResponses.problemContent().addMediaType("text/html", html().getMediaType("text/html"));
            responses.addAPIResponse("404", OASFactory.createAPIResponse()
                    .description("Nothing at this address: an HTML page, or a problem when JSON is asked for").content(notFound));
        }
        operation.setResponses(responses);
        parameters.stream().filter(p -> p.getIn() == Parameter.In.QUERY && "lang".equals(p.getName())).forEach(p -> {
            p.setDescription("The page's language (else the browser's Accept-Language, else English)");
            p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .enumeration(new ArrayList<>(Languages.NAMES.keySet())));
        });
        return operation;
    }

    private static Content html() {
        return OASFactory.createContent().addMediaType("text/html", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example(PAGE_EXAMPLE));
    }
}
