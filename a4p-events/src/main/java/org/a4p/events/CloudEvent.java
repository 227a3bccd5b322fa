package org.a4p.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the whole envelope is the Kafka record value
 * (header {@code content-type: application/cloudevents+json; charset=UTF-8}), so a plain consumer
 * sees every attribute without a CloudEvents SDK.
 *
 * @param id      unique per event; consumers deduplicate on it and webhooks send it as the idempotency key
 * @param source  the producing service, e.g. {@code /a4p/recommendations-service}
 * @param subject the aggregate, e.g. {@code recommendations/12} or {@code sessions/<uuid>}
 * @param dataschema the URI of the JSON Schema of {@code data} ({@link EventSchemas#uri}); optional in
 *                   CloudEvents, so it is left out of the JSON when null and events written before it still read
 * @param data    the payload, one of the records in this package
 * @param traceparent the W3C trace context of the request that caused the event (CloudEvents' distributed tracing
 *                    extension), so a consumer and the webhooks it sends continue the same trace; left out when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String dataschema,
        JsonNode data,
        String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** An event without {@code dataschema}, as consumers' tests and events written before it have them. */
    public CloudEvent(String specversion, String id, String source, String type, String subject, OffsetDateTime time,
                      String datacontenttype, JsonNode data) {
        this(specversion, id, source, type, subject, time, datacontenttype, null, data, null);
    }

    /** An event outside any trace. */
    public CloudEvent(String specversion, String id, String source, String type, String subject, OffsetDateTime time,
                      String datacontenttype, String dataschema, JsonNode data) {
        this(specversion, id, source, type, subject, time, datacontenttype, dataschema, data, null);
    }

    /**
     * True when every attribute that CloudEvents 1.0 requires (and this system relies on) is present.
     * Ignored by Jackson: otherwise it is written as a {@code "complete"} attribute, which a strict reader refuses.
     */
    @JsonIgnore
    public boolean isComplete() {
        return SPEC_VERSION.equals(specversion) && notBlank(id) && notBlank(source) && notBlank(type)
                && notBlank(subject) && time != null && data != null && !data.isNull();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
