package org.a4p.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    enum Colour { RED, GREEN }

    record Body(String text, int count, double ratio, boolean flag, Colour colour, List<String> tags, Boolean open,
                Integer limit, LocalDate on) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        // the JDK's date types registered after the customizer, as in Quarkus's mapper: StrictJson must win anyway
        ObjectMapper m = new ObjectMapper();
        new StrictJson().customize(m);
        m.registerModule(new JavaTimeModule());
        return m;
    }

    @Test
    void aWellTypedBodyIsRead() throws Exception {
        Body b = json.readValue("{\"text\":\"a\",\"count\":2,\"ratio\":1.5,\"flag\":true,\"colour\":\"RED\",\"tags\":[\"x\"],"
                + "\"open\":false,\"limit\":3,\"on\":\"2018-11-29\"}", Body.class);
        assertThat(b).isEqualTo(new Body("a", 2, 1.5, true, Colour.RED, List.of("x"), false, 3, LocalDate.of(2018, 11, 29)));
        assertThat(json.readValue("{\"text\":\"Réunion \\ud83c\\udf0d\",\"count\":0,\"ratio\":0,\"flag\":false,\"on\":null}", Body.class))
                .isEqualTo(new Body("Réunion \ud83c\udf0d", 0, 0, false, null, null, null, null, null));
    }

    @Test
    void noCoercionBetweenTypes() {
        refused("{\"text\":42}");
        refused("{\"text\":true}");
        refused("{\"count\":\"21\"}");
        refused("{\"count\":1.5}");
        refused("{\"count\":true}");
        refused("{\"ratio\":\"1.5\"}");
        refused("{\"flag\":\"true\"}");
        refused("{\"flag\":1}");
        refused("{\"colour\":0}");
    }

    @Test
    void duplicateKeysTrailingTokensNullPrimitivesAndNulCharactersAreRefused() {
        refused("{\"text\":\"a\",\"text\":\"b\"}");
        refused("{\"text\":\"a\"} {\"text\":\"b\"}");
        refused("{\"count\":null}");
        refused("{\"text\":\"a\\u0000b\"}");
    }

    @Test
    void anEmptyStringIsNoBooleanNumberOrEnum() {
        refused("{\"open\":\"\"}");
        refused("{\"flag\":\"\"}");
        refused("{\"limit\":\"\"}");
        refused("{\"count\":\"\"}");
        refused("{\"ratio\":\"\"}");
        refused("{\"colour\":\"\"}");
    }

    @Test
    void aDateIsOnlyAnIsoText() {
        refused("{\"on\":123}");
        refused("{\"on\":-1}");
        refused("{\"on\":[]}");
        refused("{\"on\":[2018,11,29]}");
        refused("{\"on\":\"\"}");
        refused("{\"on\":\"29/11/2018\"}");
        refused("{\"on\":{}}");
    }

    @Test
    void anUnpairedSurrogateIsNoText() {
        refused("{\"text\":\"\\ud800\"}");
        refused("{\"text\":\"a\\udc00b\"}");
        refused("{\"text\":\"\\udf0d\\ud83c\"}");
        refused("{\"tags\":[\"ok\",\"\\ud83c\"]}");
    }

    @Test
    void theBodiesAboveFailOnlyForWhatTheySend() throws Exception {
        assertThat(json.readValue(complete("{\"text\":\"a\",\"open\":true,\"on\":\"2018-11-29\"}"), Body.class).text())
                .isEqualTo("a");
    }

    private void refused(String body) {
        String complete = complete(body);
        assertThatThrownBy(() -> json.readValue(complete, Body.class)).as(complete)
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    /** The body with the primitives it does not send, which would otherwise make any body fail. */
    private static String complete(String body) {
        StringBuilder complete = new StringBuilder(body);
        int at = body.indexOf('{') + 1;
        for (String[] member : new String[][]{{"count", "0"}, {"ratio", "0"}, {"flag", "false"}}) {
            if (!body.contains("\"" + member[0] + "\"")) {
                complete.insert(at, "\"" + member[0] + "\":" + member[1] + ",");
            }
        }
        return complete.toString();
    }
}
