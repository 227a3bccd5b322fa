package org.a4p.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.a4p.platform.http.RequestText;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Strict JSON for every request body: Jackson would otherwise quietly turn {@code 42} into the text "42", a
 * number into the enum constant of that ordinal, {@code "21"} into 21 and {@code 1.5} into 1, keep the last of
 * two duplicate keys, ignore whatever follows the first JSON value, read {@code ""} as false or as no value, and
 * read a date from a number of days since 1970 ({@code 123}) or from an array ({@code []} as no date at all); a NUL
 * character in a string, which PostgreSQL cannot store, would fail only at the database, and an unpaired surrogate
 * ({@code "\\ud800"}), which is no Unicode text, would be stored as "?" while the answer echoed it. Each of these
 * is now a 400 (mapped by ProblemMappers). Unknown properties are refused by each service's quarkus.jackson.fail-on-unknown-properties.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[]{LogicalType.Boolean, LogicalType.Integer, LogicalType.Float, LogicalType.Enum}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("a4p-strict-text")
                .addDeserializer(String.class, new StorableStrings())
                .setDeserializerModifier(new DatesAsTextOnly()));
    }

    /** Why a text with an unpaired surrogate is refused (a JSON body's field, an imported cell). */
    public static final String UNPAIRED_SURROGATE = "must be Unicode text: it contains an unpaired surrogate (\\ud800-\\udfff)";

    /** Strings as usual, but only text PostgreSQL stores as sent: no NUL character, no unpaired surrogate. */
    static final class StorableStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value == null) {
                return null;
            }
            if (value.indexOf('\u0000') >= 0) {
                throw new Refused(p, "must not contain the NUL character", String.class);
            }
            if (RequestText.hasLoneSurrogate(value)) {
                throw new Refused(p, UNPAIRED_SURROGATE, String.class);
            }
            return value;
        }
    }

    /**
     * Puts {@link DatesAsText} in place of whichever deserializer of LocalDate the mapper found: a modifier sees the one
     * chosen, so this holds whether the JDK's date types were registered before or after this customizer.
     */
    static final class DatesAsTextOnly extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            return description.getBeanClass() == LocalDate.class ? new DatesAsText() : deserializer;
        }
    }

    /** A date only as the contract writes it, an ISO-8601 text ("2018-11-29"); null stays null. */
    static final class DatesAsText extends StdScalarDeserializer<LocalDate> {
        DatesAsText() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    return LocalDate.parse(p.getText());
                } catch (DateTimeParseException e) {
                    // refused below
                }
            }
            throw new Refused(p, "must be a date as a text YYYY-MM-DD", LocalDate.class);
        }
    }

    /** A value refused by the rules above; {@link #reason()} says why without repeating the value. */
    public static final class Refused extends InvalidFormatException {
        private final String reason;

        Refused(JsonParser p, String reason, Class<?> type) {
            super(p, reason, null, type);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
