package org.a4p.notifications.mapping;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Every JSON this service writes (answers, webhook bodies, briefings) escapes {@code <}, {@code >} and {@code &} as
 * {@code \u003c} etc.: the same strings for any JSON parser, but no markup if a reader's page or a browser treats
 * the bytes as HTML. Texts in briefings and notifications come from other people.
 */
@Singleton
public class HtmlSafeJson implements ObjectMapperCustomizer {

    private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
        private final int[] ascii = standardAsciiEscapesForJSON();

        {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    };

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setCharacterEscapes(ESCAPES);
    }
}
