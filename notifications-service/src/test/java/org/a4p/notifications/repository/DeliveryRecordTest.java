package org.a4p.notifications.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.a4p.notifications.model.ClaimedDelivery;
import org.a4p.notifications.model.DeliveryOutcome;
import org.a4p.notifications.model.DeliveryStatus;
import org.a4p.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outcomes are recorded a batch per statement. The deliveries here are due only in 2100, so the running sender never
 * claims them; the outcomes are handed to the repository as the sender's recorder would.
 */
@QuarkusTest
class DeliveryRecordTest {

    private static final OffsetDateTime LATER = OffsetDateTime.of(2100, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    DeliveryRepository deliveries;

    private final List<UUID> subscriptions = new ArrayList<>();

    /**
     * Deliveries left PENDING would count as in flight for other classes (the hostile battery waits until none is),
     * so this class's subscriptions go, and their deliveries and attempts with them.
     */
    @AfterEach
    void removeWhatThisTestMade() {
        subscriptions.forEach(id -> Sql.update("notifications", "DELETE FROM subscription WHERE id = ?", id));
        subscriptions.clear();
    }

    @Test
    void aBatchRecordsEveryOutcomeWithItsAttemptAndSkipsDeliveriesNoLongerPending() {
        UUID subscription = subscription();
        String notification = notification();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(delivery(subscription, notification + "-" + i));
        }
        Sql.update("notifications", "UPDATE delivery SET status = 'FAILED' WHERE id = ?", ids.get(3));
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        List<DeliveryOutcome> batch = List.of(
                outcome(ids.get(0), at, 200, null, DeliveryStatus.DELIVERED, null),
                outcome(ids.get(1), at, 503, "HTTP 503", DeliveryStatus.PENDING, LATER.plusHours(1)),
                outcome(ids.get(2), at, 404, "HTTP 404", DeliveryStatus.FAILED, null),
                outcome(ids.get(3), at, 200, null, DeliveryStatus.DELIVERED, null),
                outcome(ids.get(4), at, null, "connection failed: refused", DeliveryStatus.PENDING, LATER.plusHours(2)));

        boolean[] updated = QuarkusTransaction.requiringNew().call(() -> deliveries.record(batch));

        assertThat(updated).containsExactly(true, true, true, false, true);
        assertThat(row(ids.get(0))).isEqualTo("DELIVERED 1 200 null");
        assertThat(row(ids.get(1))).isEqualTo("PENDING 1 503 HTTP 503");
        assertThat(row(ids.get(2))).isEqualTo("FAILED 1 404 HTTP 404");
        assertThat(row(ids.get(3))).as("no longer pending: left as it was").isEqualTo("FAILED 0 null null");
        assertThat(row(ids.get(4))).isEqualTo("PENDING 1 null connection failed: refused");
        assertThat(Sql.single("notifications", "SELECT next_attempt_at = ? FROM delivery WHERE id = ?",
                LATER.plusHours(2), ids.get(4))).isEqualTo(true);
        // an attempt row for every delivery that still exists, the one no longer pending included (as it was made)
        assertThat(Sql.number("notifications", "SELECT count(*) FROM delivery_attempt WHERE delivery_id = ANY (?)",
                (Object) ids.toArray(Long[]::new))).isEqualTo(5);
    }

    /** A batch can hold two outcomes of one delivery (sent again after its lease): both count, in their order. */
    @Test
    void twoOutcomesOfOneDeliveryInABatchAreBothRecordedInOrder() {
        long id = delivery(subscription(), notification());
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        List<DeliveryOutcome> batch = List.of(
                outcome(id, at, 500, "HTTP 500", DeliveryStatus.PENDING, LATER),
                outcome(id, at.plusSeconds(1), 200, null, DeliveryStatus.DELIVERED, null));

        boolean[] updated = QuarkusTransaction.requiringNew().call(() -> deliveries.record(batch));

        assertThat(updated).containsExactly(true, true);
        assertThat(row(id)).isEqualTo("DELIVERED 2 200 null");
        assertThat(Sql.column("notifications", "SELECT http_status FROM delivery_attempt WHERE delivery_id = ? ORDER BY id", id))
                .containsExactly(500, 200);
    }

    private static String row(long id) {
        return String.valueOf(Sql.single("notifications",
                "SELECT status || ' ' || attempts || ' ' || coalesce(last_http_status::text, 'null') || ' '"
                        + " || coalesce(last_error, 'null') FROM delivery WHERE id = ?", id));
    }

    private UUID subscription() {
        UUID id = UUID.randomUUID();
        subscriptions.add(id);
        Sql.update("notifications", """
                INSERT INTO subscription (id, subscriber, channel, target, secret, created_at)
                VALUES (?, 'Mission of Record', 'WEBHOOK', 'http://127.0.0.1:9/record', 'sealed', now())""", id);
        return id;
    }

    private static String notification() {
        String id = "record-" + UUID.randomUUID();
        Sql.update("notifications", "INSERT INTO notification (id, type, payload, created_at) VALUES (?, 'test', '{}', now())", id);
        return id;
    }

    private static long delivery(UUID subscription, String notification) {
        if (Sql.number("notifications", "SELECT count(*) FROM notification WHERE id = ?", notification) == 0) {
            Sql.update("notifications", "INSERT INTO notification (id, type, payload, created_at) VALUES (?, 'test', '{}', now())",
                    notification);
        }
        return ((Number) Sql.single("notifications", """
                INSERT INTO delivery (subscription_id, notification_id, status, next_attempt_at, created_at, updated_at)
                VALUES (?, ?, 'PENDING', ?, now(), now()) RETURNING id""", subscription, notification, LATER)).longValue();
    }

    private static DeliveryOutcome outcome(long id, OffsetDateTime at, Integer status, String error, DeliveryStatus becomes,
                                           OffsetDateTime next) {
        ClaimedDelivery claimed = new ClaimedDelivery(id, null, null, "test", 0, 0, null, null, null, null, null, null,
                null, null, null);
        return new DeliveryOutcome(claimed, at, status, error, 12, becomes, next);
    }
}
