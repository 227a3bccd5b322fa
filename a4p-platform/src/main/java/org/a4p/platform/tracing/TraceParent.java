package org.a4p.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The W3C {@code traceparent} form of a span context, as the outbox stores it in a CloudEvent (the distributed
 * tracing extension) and webhooks send it as a header: one trace from a request through Kafka to the webhook it
 * caused, whichever exporter (if any) records the spans.
 */
public final class TraceParent {

    /** The W3C Trace Context header (and the CloudEvents distributed tracing extension attribute). */
    public static final String HEADER = "traceparent";

    private static final Pattern FORM = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private TraceParent() {
    }

    /** The current span's context as a traceparent; empty outside any trace. */
    public static Optional<String> current() {
        return format(Span.current().getSpanContext());
    }

    public static Optional<String> format(SpanContext context) {
        if (!context.isValid()) {
            return Optional.empty();
        }
        return Optional.of("00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex());
    }

    /**
     * The context to start a span in that continues the trace a traceparent names: a child of that remote span, or
     * a new trace (the root context) when there is none or it is not valid. Never the caller's current context, so
     * work done for an event or a stored notification is never attributed to whatever trace the thread was in.
     */
    public static Context parentContext(String traceparent) {
        return parse(traceparent).map(remote -> Context.root().with(Span.wrap(remote))).orElse(Context.root());
    }

    /** The remote span context a traceparent names; empty for anything that is not a valid version-00 value. */
    public static Optional<SpanContext> parse(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(traceparent);
        if (!m.matches()) {
            return Optional.empty();
        }
        SpanContext context = SpanContext.createFromRemoteParent(m.group(1), m.group(2),
                TraceFlags.fromHex(m.group(3), 0), TraceState.getDefault());
        return context.isValid() ? Optional.of(context) : Optional.empty();
    }
}
