package org.a4p.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    enum Colour { RED, GREEN }

    record Body(String text, int count, double ratio, boolean flag, Colour colour, List<String> tags) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper m = new ObjectMapper();
        new StrictJson().customize(m);
        return m;
    }

    @Test
    void aWellTypedBodyIsRead() throws Exception {
        Body b = json.readValue("{\"text\":\"a\",\"count\":2,\"ratio\":1.5,\"flag\":true,\"colour\":\"RED\",\"tags\":[\"x\"]}", Body.class);
        assertThat(b).isEqualTo(new Body("a", 2, 1.5, true, Colour.RED, List.of("x")));
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

    private void refused(String body) {
        assertThatThrownBy(() -> json.readValue(body, Body.class)).as(body)
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }
}
