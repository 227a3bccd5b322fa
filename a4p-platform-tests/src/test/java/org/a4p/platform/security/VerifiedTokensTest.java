package org.a4p.platform.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** TokenShape remembers a token it verified, by its exact text, and never past the token's expiry. */
class VerifiedTokensTest {

    private final TokenShape tokens = new TokenShape(Duration.ofHours(24));
    private final JWTAuthContextInfo context = context();

    @Test
    void aTokenIsVerifiedOnceThenRecognised() throws Exception {
        String token = raw(Tokens.secretariat("remembered@secretariat.test"));

        assertThat(tokens.parse(token, context).getName()).isEqualTo("remembered@secretariat.test");
        assertThat(tokens.parse(token, context).getName()).isEqualTo("remembered@secretariat.test");

        assertThat(tokens.verifications()).isEqualTo(1);
    }

    @Test
    void aRecognisedTokenIsRefusedOnceItHasExpired() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        long exp = now + 2;
        String token = raw(Tokens.signedJson("{\"iss\":\"" + Tokens.ISSUER + "\",\"upn\":\"short@secretariat.test\","
                + "\"groups\":[\"secretariat\"],\"iat\":" + now + ",\"exp\":" + exp + "}"));
        assertThat(tokens.parse(token, context).getName()).isEqualTo("short@secretariat.test");

        await().atMost(Duration.ofSeconds(10)).until(() -> System.currentTimeMillis() / 1000 > exp);

        assertThatThrownBy(() -> tokens.parse(token, context)).isInstanceOf(ParseException.class);
        assertThat(tokens.verifications()).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsVerifiedAgainEveryTime() {
        String forged = raw(Tokens.forged());

        assertThatThrownBy(() -> tokens.parse(forged, context)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(forged, context)).isInstanceOf(ParseException.class);

        assertThat(tokens.verifications()).isEqualTo(2);
    }

    @Test
    void aTokenVerifiedUnderOtherSettingsIsVerifiedAgain() throws Exception {
        String token = raw(Tokens.secretariat("settings@secretariat.test"));
        tokens.parse(token, context);
        JWTAuthContextInfo otherIssuer = context();
        otherIssuer.setIssuedBy("https://other.example/issuer");

        assertThatThrownBy(() -> tokens.parse(token, otherIssuer)).isInstanceOf(ParseException.class);
        assertThat(tokens.verifications()).isEqualTo(2);
    }

    /** The services' settings (the trusted test key and issuer), without the clock skew that would outlast the expiry. */
    private static JWTAuthContextInfo context() {
        try {
            JWTAuthContextInfo info = new JWTAuthContextInfo(KeyUtils.readPublicKey(Tokens.PUBLIC_KEY_LOCATION), Tokens.ISSUER);
            info.setClockSkew(0);
            return info;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test key", e);
        }
    }

    private static String raw(String authorization) {
        return authorization.substring("Bearer ".length());
    }
}
