package org.a4p.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** A token asked for again with the same claims is the one signed a moment ago, still valid for most of its hour. */
class TokensTest {

    @Test
    void theSameClaimsAMomentLaterGiveTheSameToken() throws Exception {
        String first = Tokens.delegation("Delegation of Tokens Test");
        Thread.sleep(1_100); // a token signed anew would carry a later issued-at second

        assertThat(Tokens.delegation("Delegation of Tokens Test")).isEqualTo(first);
        JsonNode claims = claims(first);
        long now = System.currentTimeMillis() / 1000;
        assertThat(claims.get("exp").asLong() - now).isGreaterThan(3_500);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3_600);
    }

    @Test
    void otherClaimsGiveAnotherToken() throws Exception {
        assertThat(claims(Tokens.delegation("Delegation of Tokens Test A")).get("delegation").asText())
                .isEqualTo("Delegation of Tokens Test A");
        assertThat(claims(Tokens.delegation("Delegation of Tokens Test B")).get("delegation").asText())
                .isEqualTo("Delegation of Tokens Test B");
        assertThat(claims(Tokens.secretariat("a@secretariat.test")).get("upn").asText()).isEqualTo("a@secretariat.test");
        assertThat(claims(Tokens.secretariat("b@secretariat.test")).get("upn").asText()).isEqualTo("b@secretariat.test");
        assertThat(claims(Tokens.noRole()).get("groups")).isEmpty();
    }

    private static JsonNode claims(String authorization) throws Exception {
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(payload));
    }
}
