package org.a4p.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the JSON Schema (draft 2020-12) of each event type's {@code data} lives. The schemas are resources of this
 * module ({@code a4p/schemas/<type>.json}) so that producers, the AsyncAPI documents and the tests read one copy.
 * <p>
 * An event's CloudEvents {@code dataschema} is {@link #uri(String)}: a URN, not a URL, because the same event is
 * read from Kafka by consumers who never talk to the producing service, and a URL would change with each
 * deployment's host name. The URN is the schema's {@code $id}; each producing service's {@code /q/asyncapi}
 * document carries the schema under {@code components.schemas.<type>}.
 */
public final class EventSchemas {

    public static final String URN_PREFIX = "urn:a4p:schema:";
    /** The schema of the CloudEvents envelope, as this system writes it. */
    public static final String ENVELOPE = "CloudEvent";

    private EventSchemas() {
    }

    /** The {@code dataschema} of events of this type, equal to its schema's {@code $id}. */
    public static String uri(String type) {
        return URN_PREFIX + type;
    }

    /**
     * The classpath resource holding the schema {@code name}: an event type (the schema of its data) or
     * {@value #ENVELOPE} (the CloudEvents envelope every event shares).
     */
    public static String resource(String name) {
        return "a4p/schemas/" + name + ".json";
    }

    /** The schema {@code name} ({@link #resource}) as JSON text, or null when there is none. */
    public static String read(String name) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource(name))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
