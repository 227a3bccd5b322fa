package org.a4p.notifications;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.a4p.testing.Mailbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Test steps for e-mail subscriptions, against the real SMTP server: subscribing, confirming, reading and checking mail. */
final class Mails {

    static final Duration WAIT = Duration.ofSeconds(30);
    /** The From of every mail in the tests (application.properties' default). */
    static final String FROM = "alerts@a4p-tracker.example.org";
    private static final Pattern CONFIRM_LINK = Pattern.compile("(https?://\\S+/subscriptions/([0-9a-f-]{36})/confirm\\?token=([A-Za-z0-9_-]+))");

    private Mails() {
    }

    /** An address no other test uses. */
    static String freshAddress() {
        return "desk-" + UUID.randomUUID().toString().substring(0, 12) + "@mission.example.org";
    }

    /** Subscribes {@code address} by e-mail; {@code extra} adds or replaces fields of the request. */
    static JsonPath subscribe(String subscriber, String address, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("subscriber", subscriber, "channel", "EMAIL", "target", address));
        body.putAll(extra);
        return Fixtures.subscribe(body);
    }

    /** The token of the confirmation mail that arrived for {@code address} (waits for it). */
    static String confirmationToken(String address) {
        MimeMessage m = Mailbox.of(address).await(1, x -> true, WAIT).get(0);
        Matcher link = CONFIRM_LINK.matcher(text(m));
        assertThat(link.find()).as("a confirmation link in the text part").isTrue();
        return link.group(3);
    }

    static io.restassured.response.ValidatableResponse confirm(String id, String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/subscriptions/" + id + "/confirm").then();
    }

    /** Subscribes and confirms through the link of the confirmation mail: a subscription that receives mail. */
    static String subscribeConfirmed(String subscriber, String address, Map<String, Object> extra) {
        String id = subscribe(subscriber, address, extra).getString("id");
        confirm(id, confirmationToken(address)).statusCode(200);
        return id;
    }

    /** The mails of {@code address} whose subject contains {@code text}. */
    static List<MimeMessage> withSubject(String address, String text) {
        return Mailbox.of(address).messages().stream().filter(m -> Mailbox.subject(m).contains(text)).toList();
    }

    static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    static String part(MimeMessage m, String type) {
        try {
            Multipart parts = (Multipart) m.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart p = parts.getBodyPart(i);
                if (p.isMimeType(type)) {
                    return (String) p.getContent();
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (Exception e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    /**
     * The MIME check of every mail: well-formed ASCII header lines of at most 998 characters, each of the headers the
     * contract names exactly once, a multipart/alternative body of a plain-text and an HTML part, both declared and
     * decoded as UTF-8; {@code language} in Content-Language and in the HTML's lang (with dir rtl for Arabic only).
     */
    static void assertWellFormed(MimeMessage m, String address, String language, boolean unsubscribable) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        m.writeTo(raw);
        String bytes = raw.toString(StandardCharsets.ISO_8859_1);
        String head = bytes.substring(0, bytes.indexOf("\r\n\r\n"));
        for (String line : head.split("\r\n")) {
            assertThat(line.length()).as("header line length").isLessThanOrEqualTo(998);
            assertThat(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\t')).as("ASCII header line: %s", line).isTrue();
            assertThat(line.startsWith(" ") || line.startsWith("\t") || line.indexOf(':') > 0).as("header line: %s", line).isTrue();
        }
        List<String> once = new ArrayList<>(List.of("Message-ID", "Date", "From", "To", "Subject", "MIME-Version", "Content-Language"));
        if (unsubscribable) {
            once.addAll(List.of("List-Unsubscribe", "List-Unsubscribe-Post"));
        }
        for (String name : once) {
            String[] values = m.getHeader(name);
            assertThat(values).as("header %s", name).isNotNull().hasSize(1);
        }
        assertThat(m.getHeader("Message-ID")[0]).matches("<[^<>@\\s]+@[^<>@\\s]+>");
        assertThat(m.getSentDate()).as("a parseable Date").isNotNull();
        assertThat(m.getFrom()[0].toString()).contains(FROM);
        assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly(address);
        assertThat(m.getHeader("Content-Language")[0]).isEqualTo(language);
        if (unsubscribable) {
            assertThat(m.getHeader("List-Unsubscribe")[0]).matches("<https?://[^<>\\s]+/unsubscribe\\?token=[A-Za-z0-9_-]+>");
            assertThat(m.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        }
        assertThat(m.isMimeType("multipart/alternative")).as("multipart/alternative, was %s", m.getContentType()).isTrue();
        Multipart parts = (Multipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        List<String> types = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            jakarta.mail.internet.ContentType ct = new jakarta.mail.internet.ContentType(p.getContentType());
            types.add(ct.getBaseType().toLowerCase());
            assertThat(ct.getParameter("charset")).as("charset of %s", ct.getBaseType()).isEqualToIgnoringCase("UTF-8");
            assertThat((String) p.getContent()).isNotBlank().doesNotContain("\uFFFD");
        }
        assertThat(types).containsExactly("text/plain", "text/html");
        String html = html(m);
        assertThat(html).contains("<html lang=\"" + language + "\" dir=\"" + ("ar".equals(language) ? "rtl" : "ltr") + "\">");
        assertThat(html).contains("<meta charset=\"UTF-8\">");
        Collections.list(m.getAllHeaders()).stream().map(Header::getName).forEach(n -> assertThat(n).matches("[!-9;-~]+"));
    }
}
