package org.a4p.e2e.fault;

import org.a4p.e2e.RunningSystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Writes the fault scenarios' figures, as measured, to bench/FAULTS.md (and a copy under e2e-tests/target). */
final class FaultReport {

    private FaultReport() {
    }

    static void write(Path root, List<FaultScenarios.Result> results, double runSeconds) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Fault scenarios\n\n");
        b.append("Written by `./mvnw -pl e2e-tests -am verify -Pfault` (e2e-tests/src/test/java/org/a4p/e2e/fault); ")
                .append("do not edit by hand.\n\n");
        b.append(String.format(Locale.ROOT, "Run %s, %.0f s in all, on %d cores. System: %d replicas of each service on one ",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), runSeconds,
                Runtime.getRuntime().availableProcessors(), RunningSystem.REPLICAS));
        b.append("PostgreSQL 16 server and a three-node KRaft Kafka cluster (each node its own process, combined broker and ")
                .append("controller), topics with 3 partitions, replication factor 3, `min.insync.replicas=2`; ")
                .append(FaultSystem.PARTITIONED).append(" runs in its own network namespace behind a veth pair. ")
                .append("Each scenario: ").append(FaultScenarios.CHANGES).append(" status changes answered 2xx, sent by ")
                .append(FaultScenarios.RECOMMENDATIONS).append(" clients round-robin to the recommendations replicas, ")
                .append("a webhook subscription matching everything, the fault injected after a quarter of them.\n\n");
        b.append("| scenario | changes committed | events | distinct webhooks | lost | duplicates after dedupe by event id "
                + "| re-sent with the same id (removed by dedupe) | order per recommendation kept | readiness as expected | result |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---|---|---|\n");
        for (FaultScenarios.Result r : results) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %s | %s | %s |%n", r.name(), r.committed(),
                    r.events(), r.distinctWebhooks(), r.lost(), r.duplicatesAfterDedupe(), r.resentSameId(),
                    r.orderKept() ? "yes" : "NO", r.readinessAsExpected() ? "yes" : "NO", r.passed() ? "pass" : "FAIL"));
        }
        b.append("\n## Details\n\n");
        for (FaultScenarios.Result r : results) {
            b.append(String.format(Locale.ROOT,
                    "- **%s** (%s): %d changes answered 2xx, %d refused and %d unanswered while the fault lasted (retried); "
                            + "%d status-changed events for %d committed changes (%d records re-published with the same id, "
                            + "%d changes with two event ids, %d 2xx changes without an event); %d status-change webhooks "
                            + "received for %d distinct event ids; fault %.1f s, scenario %.1f s.%n  Readiness (every replica, "
                            + "polled every 100 ms): %s.%s%n",
                    r.name(), r.fault(), r.answered2xx(), r.refused(), r.noAnswer(), r.events(), r.committed(), r.republished(),
                    r.versionsWithTwoIds(), r.ackedWithoutEvent(), r.webhooks(), r.distinctWebhooks(), r.faultSeconds(),
                    r.scenarioSeconds(), r.readiness(), r.passed() ? "" : "\n  Failed: " + r.failure()));
        }
        String text = b.toString();
        Files.createDirectories(root.resolve("e2e-tests/target"));
        Files.writeString(root.resolve("e2e-tests/target/fault-results.md"), text);
        if (!results.isEmpty()) {
            Files.writeString(root.resolve("bench/FAULTS.md"), text);
        }
    }
}
