package org.a4p.notifications.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.a4p.notifications.api.ConfirmRequest;
import org.a4p.notifications.model.Delivery;
import org.a4p.notifications.api.Feed;
import org.a4p.notifications.model.Subscription;
import org.a4p.notifications.api.SubscriptionRequest;
import org.a4p.notifications.service.SubscriptionService;
import org.a4p.platform.http.PublicLinks;
import org.a4p.platform.http.QueryParams;
import org.a4p.platform.problem.Problem;
import org.a4p.platform.problem.ProblemException;
import org.a4p.platform.security.Caller;
import org.a4p.platform.security.Roles;
import org.a4p.platform.security.SecuritySchemes;
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
import java.util.UUID;

@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "What a delegation is told about, how, and what was delivered")
public class SubscriptionResource {

    private static final String EXAMPLE = """
            {"subscriber": "Permanent Mission of Ghana", "channel": "WEBHOOK",
             "target": "https://mission.example.org/a4p/hooks", "recommendations": [3],
             "areas": ["PROTECTION"], "stakeholders": [], "bodies": ["C34"], "leadDays": [30, 7, 1]}""";
    private static final String EMAIL_EXAMPLE = """
            {"subscriber": "Permanent Mission of Ghana", "channel": "EMAIL", "target": "desk.officer@mission.example.org",
             "language": "fr", "digest": "DAILY", "bodies": ["C34"], "leadDays": [7]}""";

    private static final String SUBSCRIPTION_ID = "The subscription's id";
    private static final String QUOTA_EXCEEDED = """
            {"type": "urn:a4p:problem:subscription-quota-exceeded", "title": "Subscription quota exceeded", "status": 409,
             "detail": "a delegation may hold at most 100 subscriptions; delete one before creating another", "limit": 100}""";
    private static final String NOT_FAILED = """
            {"type": "urn:a4p:problem:delivery-not-failed", "title": "Delivery is not FAILED", "status": 409,
             "detail": "only a FAILED delivery can be retried; this one is DELIVERED", "deliveryStatus": "DELIVERED"}""";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String TOKEN_PATTERN = "^[A-Za-z0-9_-]{1,100}$";
    private static final String INVALID_CONFIRMATION = """
            {"type": "urn:a4p:problem:confirmation-token-invalid", "title": "Invalid confirmation token", "status": 403,
             "detail": "the token is not the one of this subscription's confirmation mail"}""";
    private static final String USED_CONFIRMATION = """
            {"type": "urn:a4p:problem:confirmation-token-used", "title": "Confirmation token already used", "status": 409,
             "detail": "this subscription is already confirmed; a confirmation link works once"}""";
    private static final String EXPIRED_CONFIRMATION = """
            {"type": "urn:a4p:problem:confirmation-token-expired", "title": "Confirmation token expired", "status": 410,
             "detail": "the link was valid until 2026-12-04T09:00:00Z; subscribe again to get a new one"}""";
    private static final String INVALID_UNSUBSCRIBE = """
            {"type": "urn:a4p:problem:unsubscribe-token-invalid", "title": "Invalid unsubscribe token", "status": 403,
             "detail": "the token is not the one of this subscription's mails"}""";

    private final SubscriptionService service;
    private final Caller caller;
    private final PublicLinks links;
    private final Template linkPage;

    SubscriptionResource(SubscriptionService service, Caller caller, PublicLinks links,
                         @Location("pages/mail-link.html") Template linkPage) {
        this.linkPage = linkPage;
        this.service = service;
        this.caller = caller;
        this.links = links;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe to status changes and pre-session briefings",
            description = "A subscription matches a status change if any of its filters matches (number, area, "
                    + "stakeholder category, or a body of such a category); with no filter it matches everything. "
                    + "The answer holds the signing secret once; it is never shown again. "
                    + "A delegation subscribes itself only: subscriber must be the token's delegation claim. "
                    + "An EMAIL subscription (target an address) gets a confirmation mail and receives nothing until its "
                    + "link is used (POST /subscriptions/{id}/confirm, within 48 hours); every mail it then gets carries a "
                    + "one-click unsubscribe link (List-Unsubscribe, RFC 8058).")
    @RolesAllowed(Roles.DELEGATION)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.DELEGATION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionRequest.class),
            examples = {@ExampleObject(name = "delegation", value = EXAMPLE),
                    @ExampleObject(name = "email", value = EMAIL_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Created; the body includes the secret (only this once)",
            headers = {@Header(name = "Location", description = "URL of the new subscription", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "no-store: the answer carries the secret",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, target (URL or e-mail address) or unknown filter "
            + "code, or a digest for a webhook")
    @APIResponse(responseCode = "409", description = "Subscription quota exceeded: the delegation already holds "
            + "a4p.subscriptions.max-per-delegation (default 100) subscriptions; nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "quotaExceeded", value = QUOTA_EXCEEDED)))
    public Response create(@Valid @NotNull SubscriptionRequest request) {
        String delegation = caller.requiredDelegation();
        if (!delegation.equals(request.subscriber().strip())) {
            throw new ProblemException(403, "forbidden", "Forbidden", "a delegation can subscribe only itself: subscriber must be '"
                    + delegation + "'", List.of(new Problem.FieldError("subscriber", "must be the token's delegation")), null);
        }
        Subscription created = service.create(request);
        // the answer carries the secret: no cache (browser, proxy) may keep a copy
        return Response.created(links.to("/subscriptions/" + created.id())).entity(created)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "The caller's subscriptions (without secrets), oldest first",
            description = "A delegation sees its own; the secretariat sees every delegation's.")
    @RolesAllowed({Roles.DELEGATION, Roles.SECRETARIAT})
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.DELEGATION)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @APIResponse(responseCode = "200", description = "The subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Subscription.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit")
    public List<Subscription> list(@Parameter(description = "At most this many (1..500)",
                                           schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "100"))
                                   @QueryParam("limit") String limit) {
        return service.list(caller.hasRole(Roles.DELEGATION) ? caller.requiredDelegation() : null, limit(limit, 100, 500));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubscription", summary = "One subscription (without its secret)")
    @RolesAllowed({Roles.DELEGATION, Roles.SECRETARIAT})
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.DELEGATION)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Subscription get(@Parameter(description = SUBSCRIPTION_ID) @PathParam("id") UUID id) {
        return visible(id, true).withoutSecret();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSubscription", summary = "Unsubscribe; pending deliveries are dropped")
    @RolesAllowed(Roles.DELEGATION)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.DELEGATION)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public void delete(@Parameter(description = SUBSCRIPTION_ID) @PathParam("id") UUID id) {
        visible(id, false);
        service.delete(id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateSubscriptionSecret", summary = "Rotate the webhook signing secret",
            description = "Gives the subscription a new secret and answers it once (both forms). For 24 hours "
                    + "(previousSecretValidUntil) every webhook is signed with the new and the replaced secret: "
                    + "webhook-signature carries both entries (v1,<new> v1,<old>), X-A4P-Signature is made with the new "
                    + "secret and X-A4P-Signature-Previous with the replaced one; after that only the new secret signs. "
                    + "Repeating a request with the Idempotency-Key of the last rotation answers that rotation again "
                    + "(the same secret) instead of rotating twice. Only the subscribing delegation may rotate.")
    @RolesAllowed(Roles.DELEGATION)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.DELEGATION)
    @APIResponse(responseCode = "200", description = "Rotated; the body includes the new secret (only this once)",
            headers = @Header(name = "Cache-Control", description = "no-store: the answer carries the secret",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.class)))
    @APIResponse(responseCode = "400", description = "Invalid Idempotency-Key")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Response rotateSecret(@PathParam("id") UUID id,
                                 @Parameter(description = "Makes a retried request safe: 1..200 printable ASCII characters, "
                                         + "e.g. a UUID; the same key as the last rotation answers it again",
                                         schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                                 @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        String key = idempotencyKey(idempotencyKey);
        visible(id, false);
        Subscription rotated = service.rotateSecret(id, key, caller.name());
        return Response.ok(rotated).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** Printable ASCII only: the key is stored and compared as given. A blank key reads as an absent one. */
    private static String idempotencyKey(String value) {
        if (QueryParams.absentIfBlank(value) == null) {
            return null;
        }
        if (value.length() > 200 || !value.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
            throw ProblemException.badRequest(IDEMPOTENCY_KEY, "must be 1..200 printable ASCII characters without spaces");
        }
        return value;
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listDeliveries", summary = "Deliveries of a subscription, newest first, with every attempt")
    @RolesAllowed({Roles.DELEGATION, Roles.SECRETARIAT})
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.DELEGATION)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @APIResponse(responseCode = "200", description = "The deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Delivery.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public List<Delivery> deliveries(@Parameter(description = SUBSCRIPTION_ID) @PathParam("id") UUID id,
                                     @Parameter(description = "At most this many (1..500)",
                                             schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "100"))
                                     @QueryParam("limit") String limit) {
        int max = limit(limit, 100, 500);
        visible(id, true);
        return service.deliveries(id, max);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @Operation(operationId = "retryDelivery", summary = "Send a FAILED delivery again (a fresh round of attempts)")
    @RolesAllowed(Roles.DELEGATION)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.DELEGATION)
    @APIResponse(responseCode = "202", description = "Re-armed; it is sent shortly",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Delivery.class)))
    @APIResponse(responseCode = "404", description = "No such subscription or delivery")
    @APIResponse(responseCode = "409", description = "The delivery is not FAILED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFailed", value = NOT_FAILED)))
    public Response retry(@Parameter(description = SUBSCRIPTION_ID) @PathParam("id") UUID id,
                          @Parameter(description = "The delivery's id (Delivery.id; deliveryId of the notification events)",
                                  schema = @Schema(type = SchemaType.STRING, pattern = Delivery.ID_PATTERN, maxLength = 19), example = "42")
                          @PathParam("deliveryId") long deliveryId) {
        visible(id, false);
        return Response.accepted(service.retry(id, deliveryId)).build();
    }

    @GET
    @Path("/{id}/feed")
    @Operation(operationId = "readFeed", summary = "The subscription's notifications as an ordered pull feed",
            description = "The same notifications (ids and payloads) as the webhooks, in creation order. "
                    + "Pass nextCursor as `after` to continue.")
    @RolesAllowed({Roles.DELEGATION, Roles.SECRETARIAT})
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.DELEGATION)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @APIResponse(responseCode = "200", description = "A page of the feed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feed.class)))
    @APIResponse(responseCode = "400", description = "Invalid cursor or limit")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Feed feed(@Parameter(description = SUBSCRIPTION_ID) @PathParam("id") UUID id,
                     @Parameter(description = "A cursor from an earlier page; absent to start at the beginning")
                     @QueryParam("after") String after,
                     @Parameter(description = "Items per page (1..100)",
                             schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
                     @QueryParam("limit") String limit) {
        int max = limit(limit, 20, 100);
        visible(id, true);
        return service.feed(id, after, max);
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "confirmSubscription", summary = "Confirm an e-mail subscription (double opt-in)",
            description = "Needs no bearer token: the token of the confirmation mail is the credential. The link of that "
                    + "mail opens a page (GET on this path) whose button posts the token here. Valid for 48 hours, once; "
                    + "until then the subscription receives nothing, and it is deleted some days after the link expired.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConfirmRequest.class),
            examples = @ExampleObject(name = "token", value = "{\"token\": \"Zq3xv7bQ0m1K2t9yN4pW6eR8uY0iO2aS4dF6gH8jK0l\"}")))
    @APIResponse(responseCode = "200", description = "Confirmed: alerts, digests and briefings are sent from now on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.class)))
    @APIResponse(responseCode = "403", description = "The token is not this subscription's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalidToken", value = INVALID_CONFIRMATION)))
    @APIResponse(responseCode = "404", description = "No such subscription (or it expired unconfirmed and was deleted)")
    @APIResponse(responseCode = "409", description = "The token was used already: the subscription is confirmed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "used", value = USED_CONFIRMATION)))
    @APIResponse(responseCode = "410", description = "The token expired (48 hours after the subscription); subscribe again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "expired", value = EXPIRED_CONFIRMATION)))
    public Subscription confirm(@Parameter(description = SUBSCRIPTION_ID) @PathParam("id") UUID id,
                                @Valid @NotNull ConfirmRequest request) {
        return service.confirm(id, token("token", request.token()));
    }

    /** The button of the confirmation page: the same as the JSON request, answered with a page. */
    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(hidden = true)
    public String confirmForm(@PathParam("id") UUID id, @FormParam("token") String token) {
        service.confirm(id, token("token", token));
        return page("Subscription confirmed", "The alerts you asked for will be sent to this address.", null, null, false, null);
    }

    @GET
    @Path("/{id}/confirm")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(operationId = "confirmationPage", summary = "The page the confirmation mail links to",
            description = "A page with one button that posts the token to this path: opening the link changes nothing, "
                    + "so a mail scanner that follows links cannot confirm a subscription.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public String confirmationPage(@Parameter(description = SUBSCRIPTION_ID) @PathParam("id") UUID id,
                                   @Parameter(description = "The token of the confirmation mail", required = true,
                                           schema = @Schema(type = SchemaType.STRING, pattern = TOKEN_PATTERN, maxLength = 100))
                                   @QueryParam("token") String token) {
        return page("Confirm your subscription", "Confirm that this address should receive A4P Tracker alerts.",
                links.to("/subscriptions/" + id + "/confirm").toString(), token("token", token), false, "Confirm");
    }

    @POST
    @Path("/{id}/unsubscribe")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(operationId = "unsubscribeOneClick", summary = "One-click unsubscribe (RFC 8058) from a mail's List-Unsubscribe",
            description = "Needs no bearer token: the token in the URL, which every mail of the subscription carries in "
                    + "List-Unsubscribe, is the credential. Mail clients post List-Unsubscribe=One-Click; the body is not "
                    + "needed and not read. Ends the subscription (as DELETE does); a subscription already ended answers the same.")
    @APIResponse(responseCode = "200", description = "Unsubscribed (or already so); a page saying so",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The token is not this subscription's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalidToken", value = INVALID_UNSUBSCRIBE)))
    public String unsubscribe(@Parameter(description = SUBSCRIPTION_ID) @PathParam("id") UUID id,
                              @Parameter(description = "The token of the subscription's unsubscribe link", required = true,
                                      schema = @Schema(type = SchemaType.STRING, pattern = TOKEN_PATTERN, maxLength = 100))
                              @QueryParam("token") String token) {
        service.unsubscribe(id, token("token", token));
        return page("Unsubscribed", "This address receives no more A4P Tracker alerts from this subscription.", null, null,
                false, null);
    }

    @GET
    @Path("/{id}/unsubscribe")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(operationId = "unsubscribePage", summary = "The page of a mail's unsubscribe link",
            description = "A page with one button that posts to this URL (one-click unsubscribe); opening it changes nothing.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public String unsubscribePage(@Parameter(description = SUBSCRIPTION_ID) @PathParam("id") UUID id,
                                  @Parameter(description = "The token of the subscription's unsubscribe link", required = true,
                                          schema = @Schema(type = SchemaType.STRING, pattern = TOKEN_PATTERN, maxLength = 100))
                                  @QueryParam("token") String token) {
        String valid = token("token", token);
        return page("Unsubscribe", "Stop the A4P Tracker alerts of this subscription?",
                links.to("/subscriptions/" + id + "/unsubscribe?token=" + valid).toString(), null, true, "Unsubscribe");
    }

    private String page(String title, String text, String action, String token, boolean oneClick, String button) {
        return linkPage.data("title", title).data("text", text).data("action", action).data("token", token)
                .data("oneClick", oneClick).data("button", button).render();
    }

    /** Mail tokens are URL-safe base64: anything else is refused before the database is asked. */
    private static String token(String field, String value) {
        if (value == null || value.isEmpty() || value.length() > 100 || !value.matches(TOKEN_PATTERN)) {
            throw ProblemException.badRequest(field, "not a token of this service's mails");
        }
        return value;
    }

    /** A blank limit reads as an absent one. */
    private static int limit(String value, int defaultValue, int max) {
        return QueryParams.integer("limit", QueryParams.absentIfBlank(value), defaultValue, 1, max);
    }

    /**
     * The subscription if the caller may act on it: a delegation on its own, the secretariat (when
     * {@code secretariatMay}) on any. Another delegation's subscription is "not found", word for word as one that
     * does not exist, so that a delegation cannot even learn that it exists.
     */
    private Subscription visible(UUID id, boolean secretariatMay) {
        Subscription s = service.get(id);
        if (caller.hasRole(Roles.DELEGATION) && caller.requiredDelegation().equals(s.subscriber())) {
            return s;
        }
        if (secretariatMay && caller.isSecretariat()) {
            return s;
        }
        throw ProblemException.notFound("no subscription " + id);
    }
}
