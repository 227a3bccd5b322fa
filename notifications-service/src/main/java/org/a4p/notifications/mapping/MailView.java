package org.a4p.notifications.mapping;

import io.quarkus.qute.TemplateData;
import org.a4p.notifications.api.Briefing;
import org.a4p.notifications.api.StatusChangeNotification;

import java.util.List;

/**
 * What the mail templates ({@code templates/mail/mail.html} and {@code .txt}) show: one of a confirmation, status
 * changes (an alert is one, a digest lists those of its {@code period}) or a briefing. Everything but {@code lang},
 * {@code dir} and {@code kind} may come from data: the HTML template escapes it.
 */
@TemplateData
@TemplateData(target = StatusChangeNotification.class)
@TemplateData(target = StatusChangeNotification.RecommendationRef.class)
@TemplateData(target = Briefing.class)
@TemplateData(target = Briefing.SessionInfo.class)
@TemplateData(target = Briefing.Item.class)
@TemplateData(target = Briefing.Change.class)
@TemplateData(target = Briefing.PreviousOutcome.class)
public record MailView(String kind, String lang, String dir, String subject, String subscriber, String confirmUrl,
                       String period, List<StatusChangeNotification> changes, Briefing briefing, String unsubscribeUrl) {

    /** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text, if at all. */
    public boolean isWebLink(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    /** A header value from data on one line: control characters (CR, LF above all) become spaces. */
    public static String oneLine(String value) {
        return value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").strip();
    }
}
