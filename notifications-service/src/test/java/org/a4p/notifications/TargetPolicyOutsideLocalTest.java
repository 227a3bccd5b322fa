package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.a4p.testing.DatabaseSnapshot;
import org.a4p.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Outside the local and test profiles no loopback target is allowed: with an allow-list that does not name
 * loopback (as in production), a subscription to this machine is refused however its address is spelt.
 */
@QuarkusTest
@TestProfile(TargetPolicyOutsideLocalTest.NoLoopback.class)
class TargetPolicyOutsideLocalTest {

    /** The test profile allows loopback; this replaces its allow-list by a documentation-only network. */
    public static class NoLoopback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.a4p.targets.allowed-networks", "198.51.100.0/24", "a4p.targets.allowed-networks", "198.51.100.0/24");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8083/hook", "http://localhost:8083/hook", "http://[::1]:8083/hook",
            "http://127.1/hook", "http://0x7f000001/hook", "http://10.0.0.1/", "http://[::ffff:127.0.0.1]/hook"})
    void aTargetOnThisMachineOrAPrivateNetworkIsRefused(String target) {
        DatabaseSnapshot before = DatabaseSnapshot.of("notifications", List.of("subscription"));
        given().header("Authorization", Tokens.delegation("Delegation of Chile")).contentType(ContentType.JSON)
                .body(Map.of("subscriber", "Delegation of Chile", "channel", "WEBHOOK", "target", target))
                .when().post("/subscriptions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("target"));
        assertThat(DatabaseSnapshot.of("notifications", List.of("subscription"))).isEqualTo(before);
    }
}
