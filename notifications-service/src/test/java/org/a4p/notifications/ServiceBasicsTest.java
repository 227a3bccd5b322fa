package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.DigestFrequency;
import org.a4p.events.Language;
import org.a4p.notifications.model.Channel;
import org.a4p.testing.CheckConstraints;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, problem answers and the package layout, as every service shows them (a4p-testing). */
@QuarkusTest
class ServiceBasicsTest extends org.a4p.testing.ServiceBasicsTest {

    ServiceBasicsTest() {
        super("A4P Tracker - Notifications API");
    }

    @Test
    void theSubscriptionChecksAllowExactlyTheContractCodes() {
        CheckConstraints.assertAllows("notifications", "subscription", "channel", Channel.class);
        CheckConstraints.assertAllows("notifications", "subscription", "language", Language.class);
        CheckConstraints.assertAllows("notifications", "subscription", "digest", DigestFrequency.class);
    }
}
