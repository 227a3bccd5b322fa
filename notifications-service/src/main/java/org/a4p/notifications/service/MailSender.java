package org.a4p.notifications.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.DigestFrequency;
import org.a4p.events.EventTypes;
import org.a4p.events.Language;
import org.a4p.notifications.api.Briefing;
import org.a4p.notifications.api.StatusChangeNotification;
import org.a4p.notifications.config.MailConfig;
import org.a4p.notifications.mapping.MailTexts;
import org.a4p.notifications.mapping.MailView;
import org.a4p.notifications.model.ClaimedDelivery;
import org.a4p.notifications.model.DigestNotification;
import org.a4p.platform.http.PublicLinks;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Writes and sends the mails of e-mail subscriptions through Quarkus Mailer (SMTP): the confirmation mail, and the
 * alerts, digests and briefings of their deliveries. Every mail has a plain-text and an HTML part (UTF-8), the fixed
 * texts in the subscription's language ({@code Content-Language}; Arabic right to left), a {@code Message-ID} that
 * stays the same across the attempts of one delivery, {@code Date}, and, once there is something to stop,
 * {@code List-Unsubscribe} with {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final ReactiveMailer mailer;
    private final Template html;
    private final Template text;
    private final ObjectMapper mapper;
    private final PublicLinks links;
    private final SecretBox box;
    private final Clock clock;
    private final MailConfig config;
    private final MeterRegistry meters;

    MailSender(ReactiveMailer mailer, @Location("mail/mail.html") Template html, @Location("mail/mail.txt") Template text,
               ObjectMapper mapper, PublicLinks links, SecretBox box, Clock clock, MailConfig config, MeterRegistry meters) {
        this.mailer = mailer;
        this.html = html;
        this.text = text;
        this.mapper = mapper;
        this.links = links;
        this.box = box;
        this.clock = clock;
        this.config = config;
        this.meters = meters;
    }

    /** The link of a confirmation mail (a page with the button that confirms). */
    public String confirmUrl(UUID subscription, String token) {
        return links.to("/subscriptions/" + subscription + "/confirm?token=" + encode(token)).toString();
    }

    /** The one-click unsubscribe URL (RFC 8058: POST to it unsubscribes; opened in a browser, a page with a button). */
    public String unsubscribeUrl(UUID subscription, String token) {
        return links.to("/subscriptions/" + subscription + "/unsubscribe?token=" + encode(token)).toString();
    }

    /**
     * Sends the confirmation mail; it carries the only copy of the token handed out. Its Message-ID is the same on
     * every attempt, so that a mail sent again after an attempt that only looked failed is one message to a mail client.
     */
    public CompletionStage<Void> sendConfirmation(UUID subscription, String address, String subscriber, Language language,
                                                  String token) {
        MailTexts t = texts(language);
        MailView view = new MailView("confirm", language.name(), dir(language), t.confirmSubject(), subscriber,
                confirmUrl(subscription, token), null, List.of(), null, null);
        Mail mail = compose(view, address, language, "<confirm." + subscription + "@"
                + config.messageIdDomain() + ">");
        return send("confirmation", mail);
    }

    /** Sends the mail of one delivery; completes exceptionally if the mail server did not take it. */
    public CompletionStage<Void> send(ClaimedDelivery c) {
        String kind;
        Mail mail;
        try {
            Language language = c.language();
            MailTexts t = texts(language);
            String unsubscribe = c.unsubscribeToken() == null ? null
                    : unsubscribeUrl(c.subscriptionId(), box.open(c.unsubscribeToken()));
            MailView view;
            if (EventTypes.RECOMMENDATION_STATUS_CHANGED.equals(c.type())) {
                kind = "alert";
                StatusChangeNotification n = mapper.readValue(c.payload(), StatusChangeNotification.class);
                String subject = t.alertSubject() + ": " + t.recommendation() + " " + n.recommendation().number() + ": "
                        + (n.previousStatus() == null ? "-" : n.previousStatus()) + " → " + n.newStatus();
                view = new MailView(kind, language.name(), dir(language), subject, null, null, null, List.of(n), null,
                        unsubscribe);
            } else if (Briefing.TYPE.equals(c.type())) {
                kind = "briefing";
                Briefing b = mapper.readValue(c.payload(), Briefing.class);
                String subject = t.briefing() + ": " + b.session().title() + " (" + b.session().startsOn() + ")";
                view = new MailView(kind, language.name(), dir(language), subject, null, null, null, List.of(), b, unsubscribe);
            } else if (DigestNotification.TYPE.equals(c.type())) {
                kind = "digest";
                DigestNotification d = mapper.readValue(c.payload(), DigestNotification.class);
                List<StatusChangeNotification> changes = new ArrayList<>();
                for (JsonNode item : d.items()) {
                    changes.add(mapper.treeToValue(item, StatusChangeNotification.class));
                }
                String title = DigestFrequency.WEEKLY.name().equals(d.frequency()) ? t.weeklyDigest() : t.dailyDigest();
                String period = d.periodStart().toLocalDate() + " – " + d.periodEnd().toLocalDate();
                view = new MailView(kind, language.name(), dir(language), title + ": " + period + " (" + changes.size() + ")",
                        null, null, period, changes, null, unsubscribe);
            } else {
                throw new IllegalArgumentException("no mail for notifications of type " + c.type());
            }
            mail = compose(view, c.target(), language, "<" + c.id() + "." + c.notificationId() + "@"
                    + config.messageIdDomain() + ">");
            if (unsubscribe != null) {
                mail.addHeader("List-Unsubscribe", "<" + unsubscribe + ">");
                mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // a mail that cannot be written will not get better by trying again: the delivery fails at once
            count("unknown", false);
            return CompletableFuture.failedFuture(new IllegalArgumentException("cannot write the mail: "
                    + e.getClass().getSimpleName()));
        }
        return send(kind, mail);
    }

    /**
     * Vert.x Mail declares {@code charset=utf-8} only on a part with some non-ASCII text (a pure ASCII part gets no
     * charset); the templates sign every mail with an em dash (U+2014), so that every part of every mail is UTF-8.
     */
    private Mail compose(MailView view, String to, Language language, String messageId) {
        Locale locale = Locale.forLanguageTag(language.name());
        String subject = MailView.oneLine(view.subject());
        MailView v = new MailView(view.kind(), view.lang(), view.dir(), subject, view.subscriber(), view.confirmUrl(),
                view.period(), view.changes(), view.briefing(), view.unsubscribeUrl());
        Mail mail = Mail.withText(to, subject, text.instance().data("m", v).setLocale(locale).render());
        mail.setHtml(html.instance().data("m", v).setLocale(locale).render());
        mail.addHeader("Message-ID", messageId);
        mail.addHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        mail.addHeader("Content-Language", language.name());
        mail.addHeader("Auto-Submitted", "auto-generated");
        return mail;
    }

    private CompletionStage<Void> send(String kind, Mail mail) {
        return mailer.send(mail).ifNoItem().after(config.sendTimeout()).fail().subscribeAsCompletionStage().whenComplete((ok, error) -> {
            count(kind, error == null);
            if (error != null) {
                LOG.debugf("%s mail not taken by the mail server: %s", kind, error.getMessage());
            }
        });
    }

    private void count(String kind, boolean sent) {
        Counter.builder("a4p.emails.sent").description("Mails handed to the SMTP server (outcome sent) or refused or not "
                        + "taken (failed), by kind: confirmation, alert, digest, briefing")
                .tag("kind", kind).tag("outcome", sent ? "sent" : "failed").register(meters).increment();
    }

    static MailTexts texts(Language language) {
        return MessageBundles.get(MailTexts.class, Localized.Literal.of(language.name()));
    }

    private static String dir(Language language) {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
