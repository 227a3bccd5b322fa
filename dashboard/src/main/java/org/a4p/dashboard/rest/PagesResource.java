package org.a4p.dashboard.rest;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.a4p.dashboard.mapping.Hrefs;
import org.a4p.dashboard.mapping.Languages;
import org.a4p.dashboard.mapping.Pages;
import org.a4p.dashboard.mapping.Views;
import org.a4p.dashboard.model.RecommendationFilter;
import org.a4p.dashboard.service.PageCache;
import org.a4p.dashboard.service.PagesService;
import org.a4p.events.AreaCode;
import org.a4p.events.RecommendationStatus;
import org.a4p.platform.http.QueryParams;
import org.a4p.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The dashboard's pages, server-rendered HTML: thin, they read the parameters (a bad one is a 400 problem), pick the
 * language ({@code ?lang=}, then {@code Accept-Language}, then English) and render what the service returns.
 */
@Path("/")
@Produces(PagesResource.HTML)
@Tag(name = PagesResource.TAG, description = "Server-rendered HTML pages for people, in the six UN languages")
public class PagesResource {

    /** Its operations' responses and language parameter are documented by {@link PageOperations}. */
    static final String TAG = "Pages";
    static final String HTML = "text/html;charset=UTF-8";
    /** A client that asks for JSON gets its 404 as a problem; the page itself is HTML whatever it asks. */
    static final String PROBLEM = "application/problem+json";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,100}");

    private final PagesService pages;
    private final PageCache cache;

    PagesResource(PagesService pages, PageCache cache) {
        this.pages = pages;
        this.cache = cache;
    }

    @GET
    @Operation(operationId = "overviewPage", summary = "Progress by Area of Commitment and by stakeholder",
            description = "Status counts per area and per addressed stakeholder, and the positions' acceptance and implementation rates, as inline SVG bars with the numbers in a table.")
    public Response overview(@Parameter(description = "Show this Area of Commitment alone", schema = @Schema(implementation = AreaCode.class))
                             @QueryParam("area") String area,
                             @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String areaCode = name(QueryParams.optionalEnum("area", QueryParams.absentIfBlank(area), AreaCode.class));
        return page(language(lang, acceptLanguage), "overview|" + areaCode,
                views -> render(Pages.overview(pages.overview(views, areaCode)), views, 200));
    }

    @GET
    @Path("recommendations")
    @Operation(operationId = "recommendationsPage", summary = "The recommendations, filtered and searched",
            description = "Every filter is a query parameter, so each view has its own URL.")
    public Response recommendations(@Parameter(schema = @Schema(implementation = AreaCode.class)) @QueryParam("area") String area,
                                    @Parameter(description = "An addressed stakeholder's code", example = "MEMBER_STATES")
                                    @QueryParam("stakeholder") String stakeholder,
                                    @Parameter(schema = @Schema(implementation = RecommendationStatus.class)) @QueryParam("status") String status,
                                    @Parameter(description = "Words in the text, the stakeholder action or the context", example = "training")
                                    @QueryParam("q") String q,
                                    @QueryParam("lang") String lang,
                                    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RecommendationFilter filter = new RecommendationFilter(
                name(QueryParams.optionalEnum("area", QueryParams.absentIfBlank(area), AreaCode.class)),
                code("stakeholder", stakeholder),
                name(QueryParams.optionalEnum("status", QueryParams.absentIfBlank(status), RecommendationStatus.class)),
                QueryParams.optionalText("q", q, 200));
        return page(language(lang, acceptLanguage), "recommendations|" + filter,
                views -> render(Pages.recommendations(pages.list(views, filter)), views, 200));
    }

    @GET
    @Path("recommendations/{number}")
    @Produces({HTML, PROBLEM, MediaType.APPLICATION_JSON})
    @Operation(operationId = "recommendationPage", summary = "One recommendation: its texts, status, positions and history")
    public Response recommendation(@Parameter(description = "The recommendation's number", example = "12") @PathParam("number") String number,
                                   @QueryParam("lang") String lang,
                                   @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                   @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        int n = QueryParams.integer("number", number, 0, 1, Integer.MAX_VALUE);
        Response page = page(language(lang, acceptLanguage), "recommendation|" + n,
                views -> pages.recommendation(views, n).map(p -> render(Pages.recommendation(p), views, 200))
                        .orElseGet(() -> render(Pages.notFound(pages.notFound(views, "/recommendations/" + n)), views, 404)));
        return problemIfJsonAsked(page, accept, "recommendation " + n + " is not known");
    }

    @GET
    @Path("sessions")
    @Operation(operationId = "sessionsPage", summary = "The sessions calendar, the next session and the iCalendar subscription")
    public Response sessions(@Parameter(description = "Only sessions of this body (a stakeholder code)", example = "C34")
                             @QueryParam("body") String body,
                             @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String bodyCode = code("body", body);
        return page(language(lang, acceptLanguage), "sessions|" + bodyCode,
                views -> render(Pages.sessions(pages.sessions(views, bodyCode)), views, 200));
    }

    @GET
    @Path("briefings/{session}")
    @Produces({HTML, PROBLEM, MediaType.APPLICATION_JSON})
    @Operation(operationId = "briefingPage", summary = "The printable briefing for a session",
            description = "The recommendations addressed to the session's body and what changed since its previous session.")
    public Response briefing(@Parameter(description = "The session's id", example = "c34-2026") @PathParam("session") String session,
                             @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                             @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if (session.isBlank() || session.length() > 200) {
            throw ProblemException.badRequest("session", "must be 1 to 200 characters");
        }
        Response page = page(language(lang, acceptLanguage), "briefing|" + session,
                views -> pages.briefing(views, session).map(p -> render(Pages.briefing(p), views, 200))
                        .orElseGet(() -> render(Pages.notFound(pages.notFound(views, "/briefings/" + Hrefs.pathSegment(session))), views, 404)));
        return problemIfJsonAsked(page, accept, "session " + session + " is not known");
    }

    /** {@code ?lang=} wins (one of the six, else 400), then the browser's {@code Accept-Language}, then English. */
    static String language(String lang, String acceptLanguage) {
        String asked = QueryParams.absentIfBlank(lang);
        if (asked == null) {
            return Languages.fromAcceptLanguage(acceptLanguage);
        }
        String code = asked.strip().toLowerCase(Locale.ROOT);
        if (!Languages.supported(code)) {
            throw ProblemException.badRequest("lang", "must be one of " + String.join(", ", Languages.NAMES.keySet()));
        }
        return code;
    }

    private static String code(String name, String value) {
        String v = QueryParams.optionalText(name, value, 100);
        if (v != null && !CODE.matcher(v).matches()) {
            throw ProblemException.badRequest(name, "must be a code of capital letters, digits and '_'");
        }
        return v;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A browser gets a page it can show; a client that asks for JSON gets the problem document. */
    private static Response problemIfJsonAsked(Response page, String accept, String detail) {
        if (page.getStatus() == 404 && accept != null && accept.toLowerCase(Locale.ROOT).contains("json")) {
            throw ProblemException.notFound(detail);
        }
        return page;
    }

    /** The page in {@code lang}, from the cache while the read model has not changed since it was rendered. */
    private Response page(String lang, String key, Function<Views, PageCache.Rendered> render) {
        PageCache.Rendered page = cache.page(key + "|" + lang, () -> render.apply(pages.views(lang)));
        return Response.status(page.status()).entity(page.body()).type(HTML)
                .header("Content-Language", lang)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    private static PageCache.Rendered render(TemplateInstance page, Views views, int status) {
        return new PageCache.Rendered(status, Pages.in(page, views).render().getBytes(StandardCharsets.UTF_8));
    }
}
