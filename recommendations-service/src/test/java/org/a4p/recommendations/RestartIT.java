package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.infra.FreePorts;
import org.a4p.infra.KafkaUsers;
import org.a4p.infra.ServiceProcess;
import org.a4p.testing.Sql;
import org.a4p.testing.TestInfra;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real restart: the packaged service (target/quarkus-app) runs as its own process on this test JVM's
 * PostgreSQL and Kafka, is stopped and started again. Everything it served before must be served after, the
 * first-start snapshot must not be published a second time, and the relay must carry on from where it was.
 * Runs in the integration-test phase (it needs the package), alone: {@code -Dit.test=RestartIT}.
 */
class RestartIT {

    private static final Path WORK = Path.of("target", "restart-it");

    private ServiceProcess service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.kill();
        }
    }

    @Test
    void restartKeepsEverythingAndDoesNotRepeatTheSnapshot() throws Exception {
        start("first");
        int number = Fixtures.createRecommendation("Before the restart");
        Fixtures.changeStatus(number, "UNDER_CONSIDERATION", "before");
        Fixtures.changeStatus(number, "ACCEPTED", "before");
        String before = given().get("/recommendations/" + number).then().statusCode(200).extract().asString();
        List<String> historyBefore = history(number);
        Fixtures.events(number, EventTypes.RECOMMENDATION_STATUS_CHANGED, 2); // published before the stop
        service.stop(Duration.ofSeconds(30)); // SIGTERM: a graceful shutdown, as an orchestrator does
        assertThat(Files.readString(service.log())).as("a graceful stop, not the kill after 30 s").contains("stopped in");

        start("second");
        assertThat(snapshotClaims()).as("snapshot job claims").isEqualTo(1);
        assertThat(given().get("/recommendations/" + number).then().statusCode(200).extract().asString()).isEqualTo(before);
        assertThat(history(number)).isEqualTo(historyBefore).hasSize(2);
        String etag = Fixtures.changeStatus(number, "IN_PROGRESS", "after"); // the relay carries on after a restart

        List<JsonNode> changes = Fixtures.events(number, EventTypes.RECOMMENDATION_STATUS_CHANGED, 3);
        assertThat(changes).extracting(e -> e.get("data").get("newStatus").asText())
                .containsExactly("UNDER_CONSIDERATION", "ACCEPTED", "IN_PROGRESS");
        assertThat(changes.get(2).get("data").get("version").asLong()).isEqualTo(Long.parseLong(etag.replace("\"", "")));
        List<JsonNode> all = Fixtures.readTopic(Topics.RECOMMENDATION_EVENTS, events -> events.stream()
                .filter(e -> EventTypes.RECOMMENDATION_UPSERTED.equals(e.path("type").asText()))
                .map(e -> e.path("subject").asText()).distinct().count() >= 25 && events.containsAll(changes));
        IntStream.rangeClosed(1, 24).forEach(n -> assertThat(all).as("upserted events of %d", n)
                .filteredOn(e -> ("recommendations/" + n).equals(e.path("subject").asText())
                        && EventTypes.RECOMMENDATION_UPSERTED.equals(e.path("type").asText()))
                .hasSize(1));
        assertThat(all).as("no event published twice").extracting(e -> e.path("id").asText()).doesNotHaveDuplicates();
    }

    private static List<String> history(int number) {
        JsonPath history = given().get("/recommendations/" + number + "/history").then().statusCode(200).extract().jsonPath();
        return history.getList("to", String.class);
    }

    /**
     * Starts the packaged service (prod profile, configured by environment) with the JVM options it runs with
     * wherever this project starts it, and waits until it is ready.
     */
    private void start(String life) throws IOException, InterruptedException {
        int port = FreePorts.next();
        service = ServiceProcess.start(Path.of("..").toAbsolutePath().normalize(), "recommendations-service", port,
                Map.of("QUARKUS_DATASOURCE_JDBC_URL", TestInfra.jdbcUrl("recommendations"),
                        "QUARKUS_DATASOURCE_USERNAME", TestInfra.DB_USER,
                        "QUARKUS_DATASOURCE_PASSWORD", TestInfra.DB_PASSWORD,
                        "KAFKA_BOOTSTRAP_SERVERS", TestInfra.kafkaBootstrapServers(),
                        // the broker runs SASL SCRAM: without its password the service never becomes ready
                        "A4P_KAFKA_PASSWORD", KafkaUsers.password("recommendations-service"),
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION", testPublicKey().toUri().toString(),
                        "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER),
                WORK.resolve(life + ".log").toAbsolutePath(), ServiceProcess.jvmOptions());
        service.awaitReady(Duration.ofSeconds(180));
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = port;
    }

    /** How many times the one-time snapshot job has been claimed. */
    private static long snapshotClaims() {
        return Sql.number("recommendations", "SELECT count(*) FROM platform_marker WHERE name = 'initial-snapshot'");
    }

    private static Path testPublicKey() throws IOException {
        Path file = WORK.resolve("publicKey.pem").toAbsolutePath();
        Files.createDirectories(file.getParent());
        try (InputStream in = RestartIT.class.getClassLoader().getResourceAsStream(Tokens.PUBLIC_KEY_LOCATION)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

}
