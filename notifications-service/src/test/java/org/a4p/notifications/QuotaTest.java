package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.a4p.testing.Sql;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A delegation holds at most a4p.subscriptions.max-per-delegation subscriptions, even under concurrent creates. */
@QuarkusTest
@TestProfile(OtherSettings.class) // a quota of 3
class QuotaTest {

    private static Response create(String delegation) {
        return given().header("Authorization", Tokens.delegation(delegation)).contentType(ContentType.JSON)
                .body(Map.of("subscriber", delegation, "channel", "WEBHOOK", "target", "http://127.0.0.1:9/hook"))
                .when().post("/subscriptions");
    }

    private static long count(String delegation) throws Exception {
        return Sql.number("notifications", "SELECT count(*) FROM subscription WHERE subscriber = ?", delegation);
    }

    @Test
    void theFourthSubscriptionIsRefusedAndNotStored() throws Exception {
        String delegation = "Delegation of Quotaland";
        for (int i = 0; i < 3; i++) {
            create(delegation).then().statusCode(201);
        }
        create(delegation).then().statusCode(409).contentType("application/problem+json")
                .body("title", containsString("quota")).body("detail", containsString("3")).body("limit", equalTo(3));
        assertThat(count(delegation)).isEqualTo(3);
        // another delegation has its own quota
        create("Delegation of Elsewhere").then().statusCode(201);
    }

    @Test
    void parallelCreatesCannotExceedTheQuota() throws Exception {
        String delegation = "Delegation of Raceland";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<Integer> call = () -> {
                    start.await();
                    return create(delegation).statusCode();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(delegation)).isEqualTo(3);
    }
}
