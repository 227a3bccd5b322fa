package org.a4p.e2e;

import org.a4p.infra.LocalKeys;
import org.a4p.infra.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * There is no Docker engine on the build machines, so docker-compose.yml is kept right by reading it:
 * its services, ports, health checks and start order, and that every environment variable it sets is
 * a configuration key the application reads (and the essential ones are all set).
 */
class ComposeFileTest {

    static final Path ROOT = Path.of(System.getProperty("a4p.root", "..")).toAbsolutePath().normalize();
    static Map<String, Object> services;
    static String initScript;
    static String kafkaScript;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader r = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(r);
            services = (Map<String, Object>) compose.get("services");
        }
        initScript = Files.readString(ROOT.resolve("deploy/postgres/init-databases.sh"));
        kafkaScript = Files.readString(ROOT.resolve("deploy/kafka/init-security.sh"));
    }

    @Test
    void hasTheInfrastructureTheThreeServicesAndTheDashboard() {
        assertThat(services.keySet()).containsExactlyInAnyOrder(
                "postgres", "kafka", "mailpit", "recommendations-service", "stakeholders-service", "notifications-service", "dashboard");
        Map<String, Object> kafka = map(services.get("kafka"));
        assertThat((String) kafka.get("image")).startsWith("apache/kafka:");
        assertThat(String.valueOf(map(kafka.get("environment")).get("KAFKA_PROCESS_ROLES"))).contains("controller");
        assertThat(String.valueOf(kafka.get("volumes"))).contains("./deploy/kafka/init-security.sh:/a4p/init-security.sh");
        assertThat(String.valueOf(kafka.get("command"))).contains("/a4p/init-security.sh");
        assertThat(map(kafka.get("healthcheck")).get("test").toString()).contains("/tmp/a4p-security-ready");
        assertThat(map(services.get("postgres")).get("volumes").toString())
                .contains("./deploy/postgres/init-databases.sh:/docker-entrypoint-initdb.d/");
        for (String name : services.keySet()) {
            Map<String, Object> s = map(services.get(name));
            assertThat(s).as(name + " healthcheck").containsKey("healthcheck");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommendations-service", "stakeholders-service", "notifications-service", "dashboard"})
    void serviceMatchesWhatTheApplicationReads(String name) throws IOException {
        Map<String, Object> service = map(services.get(name));
        Properties app = new Properties();
        try (Reader r = Files.newBufferedReader(ROOT.resolve(name).resolve("src/main/resources/application.properties"))) {
            app.load(r);
        }
        // What every service also reads: the platform's defaults (bearer tokens, body limit, ...).
        try (Reader r = Files.newBufferedReader(ROOT.resolve("a4p-platform/src/main/resources/META-INF/microprofile-config.properties"))) {
            app.load(r);
        }
        Set<String> readable = new TreeSet<>();
        for (String key : app.stringPropertyNames()) {
            String plain = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            readable.add(envName(plain));
        }

        Map<String, Object> build = map(service.get("build"));
        assertThat(build.get("dockerfile")).isEqualTo("src/main/docker/Dockerfile.jvm");
        assertThat(ROOT.resolve(String.valueOf(build.get("context"))).resolve("src/main/docker/Dockerfile.jvm")).exists();

        Map<String, Object> env = map(service.get("environment"));
        assertThat(env.keySet()).as("every variable %s sets is read by %s", name, name).allSatisfy(
                variable -> assertThat(readable).as(variable).contains(variable));
        assertThat(env).containsKeys("QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER");
        assertThat(String.valueOf(service.get("secrets"))).as(name + " gets the token verification key").isEqualTo("[jwt-public-key]");

        String port = app.getProperty("quarkus.http.port");
        assertThat(String.valueOf(env.get("QUARKUS_HTTP_PORT"))).isEqualTo(port);
        assertThat(service.get("ports")).isEqualTo(List.of(port + ":" + port));
        assertThat(map(service.get("healthcheck")).get("test").toString()).contains("localhost:" + port + "/q/health/ready");
        assertThat(Files.readString(ROOT.resolve(name).resolve("src/main/docker/Dockerfile.jvm"))).contains("EXPOSE " + port);

        // its own database, created by the init script and owned by the role it logs in with
        Matcher db = Pattern.compile("jdbc:postgresql://postgres:5432/(\\w+)").matcher(String.valueOf(env.get("QUARKUS_DATASOURCE_JDBC_URL")));
        assertThat(db.matches()).isTrue();
        assertThat(initScript).contains(db.group(1));
        assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(db.group(1));
        assertThat(String.valueOf(env.get("KAFKA_BOOTSTRAP_SERVERS"))).isEqualTo("kafka:9092");
        // it logs in to Kafka as its own principal, with the password the broker's set-up gives that principal
        assertThat(app.getProperty("kafka.sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
        assertThat(app.getProperty("kafka.sasl.jaas.config")).contains("ScramLoginModule")
                .contains("${a4p.kafka.username}").contains("${a4p.kafka.password}");
        assertThat(env.get("KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_PLAINTEXT");
        assertThat(env.get("A4P_KAFKA_USERNAME")).isEqualTo(name);
        String prefix = (name.contains("-") ? name.substring(0, name.indexOf('-')) : name).toUpperCase();
        Map<String, Object> kafkaEnv = map(map(services.get("kafka")).get("environment"));
        assertThat(String.valueOf(env.get("A4P_KAFKA_PASSWORD")))
                .isEqualTo(String.valueOf(kafkaEnv.get("A4P_KAFKA_" + prefix + "_PASSWORD")))
                .startsWith("${" + prefix + "_KAFKA_PASSWORD");
        assertThat(kafkaScript).contains("scram " + name + " \"$A4P_KAFKA_" + prefix + "_PASSWORD\"")
                .contains("allow " + name + " Write topic");

        Map<String, Object> dependsOn = map(service.get("depends_on"));
        for (String infra : List.of("postgres", "kafka")) {
            assertThat(map(dependsOn.get(infra)).get("condition")).as(name + " waits for " + infra).isEqualTo("service_healthy");
        }
    }

    /** E-mail subscriptions: notifications-service sends its mail to the mail catcher, which is up before it starts. */
    @Test
    void notificationsMailGoesToTheMailCatcherByDefault() {
        Map<String, Object> mailpit = map(services.get("mailpit"));
        assertThat((String) mailpit.get("image")).startsWith("axllent/mailpit:");
        assertThat(mailpit.get("ports")).isEqualTo(List.of("8025:8025"));
        Map<String, Object> notifications = map(services.get("notifications-service"));
        Map<String, Object> env = map(notifications.get("environment"));
        assertThat(String.valueOf(env.get("QUARKUS_MAILER_HOST"))).isEqualTo("${A4P_SMTP_HOST:-mailpit}");
        assertThat(String.valueOf(env.get("QUARKUS_MAILER_PORT"))).isEqualTo("${A4P_SMTP_PORT:-1025}");
        assertThat(String.valueOf(env.get("QUARKUS_MAILER_FROM"))).contains("@");
        assertThat(map(map(notifications.get("depends_on")).get("mailpit")).get("condition")).isEqualTo("service_healthy");
    }

    @Test
    void kafkaAuthenticatesEveryClientAndAuthorizesWithAcls() {
        Map<String, Object> env = map(map(services.get("kafka")).get("environment"));
        String protocols = String.valueOf(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"));
        String clientListener = String.valueOf(env.get("KAFKA_ADVERTISED_LISTENERS")).split(",")[0];
        assertThat(clientListener).endsWith("://kafka:9092");
        assertThat(protocols).contains(clientListener.substring(0, clientListener.indexOf(':')) + ":SASL_PLAINTEXT");
        assertThat(String.valueOf(env.get("KAFKA_LISTENERS"))).as("only the client listener is reachable from outside")
                .contains("CONTROLLER://localhost:", "INTERNAL://localhost:");
        assertThat(env.get("KAFKA_SASL_ENABLED_MECHANISMS")).isEqualTo("SCRAM-SHA-512");
        assertThat(env.get("KAFKA_AUTHORIZER_CLASS_NAME")).isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(String.valueOf(env.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND"))).isEqualTo("false");
        assertThat(String.valueOf(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))).isEqualTo("false");
        assertThat(kafkaScript).contains("--create --if-not-exists", "\"$topic.dlq\"");
    }

    /** A fresh clone's ./token.sh tokens are accepted: the key file and issuer default to ./token.sh's own. */
    @Test
    void tokensOfTokenShAreAcceptedByDefault() throws IOException {
        Map<String, Object> compose;
        try (Reader r = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(r);
        }
        String keyFile = String.valueOf(map(map(compose.get("secrets")).get("jwt-public-key")).get("file"));
        assertThat(keyFile).endsWith(":-./.a4p/keys/publicKey.pem}");
        assertThat(ROOT.resolve(".gitignore")).content().contains(".a4p/");
        for (String name : List.of("recommendations-service", "stakeholders-service", "notifications-service", "dashboard")) {
            assertThat(String.valueOf(map(map(services.get(name)).get("environment")).get("MP_JWT_VERIFY_ISSUER")))
                    .isEqualTo("${A4P_JWT_ISSUER:-" + LocalKeys.ISSUER + "}");
        }
    }

    @Test
    void kafkaKeepsItsDataInTheVolumeAndHasAHostListener() {
        Map<String, Object> kafka = map(services.get("kafka"));
        Map<String, Object> env = map(kafka.get("environment"));
        assertThat(String.valueOf(kafka.get("volumes"))).contains("kafka-data:" + env.get("KAFKA_LOG_DIRS"));
        assertThat(String.valueOf(env.get("KAFKA_ADVERTISED_LISTENERS"))).contains("HOST://localhost:29092");
        assertThat(String.valueOf(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"))).contains("HOST:SASL_PLAINTEXT");
        assertThat(env).containsKey("KAFKA_LISTENER_NAME_HOST_SCRAM___SHA___512_SASL_JAAS_CONFIG");
        assertThat(kafka.get("ports")).isEqualTo(List.of("29092:29092"));
    }

    /** The image's initialisation server listens on the socket only: a TCP check passes once it is really up. */
    @Test
    void postgresIsHealthyOnlyWhenListeningOverTcp() {
        assertThat(map(map(services.get("postgres")).get("healthcheck")).get("test").toString())
                .contains("pg_isready -h 127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommendations-service", "stakeholders-service", "notifications-service", "dashboard"})
    void imagesRunWithTheTunedJvmOptions(String name) throws IOException {
        String dockerfile = Files.readString(ROOT.resolve(name).resolve("src/main/docker/Dockerfile.jvm"));
        Matcher opts = Pattern.compile("ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(dockerfile);
        Matcher gc = Pattern.compile("ENV GC_CONTAINER_OPTIONS=\"([^\"]*)\"").matcher(dockerfile);
        assertThat(opts.find()).isTrue();
        assertThat(gc.find()).isTrue();
        Set<String> image = new TreeSet<>(List.of((opts.group(1) + " " + gc.group(1)).trim().split("\\s+")));
        image.removeIf(o -> o.startsWith("-Dquarkus.http.host=") || o.startsWith("-Djava.util.logging.manager="));
        assertThat(image).isEqualTo(new TreeSet<>(ServiceProcess.JVM_OPTIONS));
    }

    /** MicroProfile Config's environment-variable form of a property name. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }
}
