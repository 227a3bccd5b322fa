package org.a4p.recommendations.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.a4p.events.A4pPlusPriority;
import org.a4p.events.AreaCode;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;
import org.a4p.platform.http.ETags;

import java.time.OffsetDateTime;
import java.util.Set;
import org.a4p.recommendations.api.RecommendationView;
import org.a4p.recommendations.service.PositionFilter;
import org.a4p.recommendations.service.ReadCache;
import org.a4p.recommendations.service.RecommendationService;

/**
 * The read answers of recommendations-service as the JSON bytes they are sent as, through {@link ReadCache}:
 * {@link RecommendationResource} answers with them, {@link CachedReadRoute} serves the cached ones before JAX-RS.
 */
@ApplicationScoped
public class RecommendationReads {

    /** The Content-Type Quarkus REST sends for JSON; {@link CachedReadRoute} sends the same. */
    static final String JSON_UTF8 = "application/json;charset=UTF-8";

    /** A cached answer is kept serialised: a hit costs no database, no mapping and no JSON writing. */
    record CachedJson(byte[] body, String etag) {
        Response response() {
            Response.ResponseBuilder ok = Response.ok(body, JSON_UTF8);
            return (etag == null ? ok : ok.header(HttpHeaders.ETAG, etag)).build();
        }

        /** 304 Not Modified (no body) when If-None-Match names this version, else the full answer. */
        Response response(String ifNoneMatch) {
            return ETags.noneMatchHits(ifNoneMatch, etag)
                    ? Response.notModified().header(HttpHeaders.ETAG, etag).build() : response();
        }
    }

    private final RecommendationService service;
    private final ReadCache cache;
    private final ObjectMapper json;

    RecommendationReads(RecommendationService service, ReadCache cache, ObjectMapper json) {
        this.service = service;
        this.cache = cache;
        this.json = json;
    }

    /** The cached answer for one recommendation, if there is one that may be served. */
    CachedJson peekOne(int number) {
        return cache.peek(oneKey(number));
    }

    /** One recommendation (from the database when not cached); a ProblemException (404) when there is none. */
    CachedJson one(int number) {
        return cache.get(oneKey(number), () -> {
            RecommendationView r = service.view(number, null);
            return json(r, ETags.of(r.version()));
        });
    }

    /** One recommendation as recorded at a past moment: never cached (the key space is every instant). */
    CachedJson one(int number, OffsetDateTime asOf) {
        return json(service.view(number, asOf), null);
    }

    CachedJson page(AreaCode area, StakeholderCategory category, String body, RecommendationStatus status,
                    Integer a4pParagraph, String text, PositionFilter position, Set<A4pPlusPriority> priorities,
                    OffsetDateTime asOf, int page, int size) {
        if (asOf != null) {
            return json(service.list(area, category, body, status, a4pParagraph, text, position, priorities, asOf, page, size), null);
        }
        // the priorities in canonical order: one key however the request ordered or repeated them
        return cache.get(listKey(area, category, body, status, a4pParagraph, text, position.stakeholder(),
                position.acceptance(), position.implementation(), priorities.stream().sorted().toList(), page, size), () -> {
            return json(service.list(area, category, body, status, a4pParagraph, text, position, priorities, null, page, size), null);
        });
    }

    static String oneKey(int number) {
        return "one:" + number;
    }

    /** Every parameter, length-prefixed: no two different requests share a key, whatever their text holds. */
    static String listKey(Object... parameters) {
        StringBuilder key = new StringBuilder("list");
        for (Object p : parameters) {
            String v = p == null ? null : p.toString();
            key.append('|').append(v == null ? "-" : v.length() + ":" + v);
        }
        return key.toString();
    }

    private CachedJson json(Object view, String etag) {
        try {
            return new CachedJson(json.writeValueAsBytes(view), etag);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + view.getClass().getSimpleName(), e);
        }
    }
}
