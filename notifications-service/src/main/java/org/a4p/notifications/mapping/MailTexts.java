package org.a4p.notifications.mapping;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The fixed texts of the mails, in English here and in Arabic, Chinese, French, Russian and Spanish in
 * {@code messages/msg_*.properties}; a template picks them by its instance's locale ({@code {msg:key}}). None takes
 * data: what comes from data is placed next to a label by the templates, which escape it.
 */
@MessageBundle(value = "msg", locale = "en")
public interface MailTexts {
    @Message("A4P Tracker")
    String product();

    @Message("Confirm your A4P Tracker alerts")
    String confirmSubject();

    @Message("Someone asked for A4P Tracker alerts at this address. Nothing is sent to it until the subscription is confirmed.")
    String confirmIntro();

    @Message("Confirm the subscription")
    String confirmAction();

    @Message("The link is valid for 48 hours and can be used once. If you did not ask for these alerts, ignore this mail.")
    String confirmValidity();

    @Message("Subscriber")
    String subscriber();

    @Message("Status changed")
    String alertSubject();

    @Message("Recommendation")
    String recommendation();

    @Message("Area of Commitment")
    String area();

    @Message("Previous status")
    String previousStatus();

    @Message("New status")
    String newStatus();

    @Message("Note")
    String note();

    @Message("Evidence")
    String evidence();

    @Message("Changed by")
    String changedBy();

    @Message("Changed at")
    String changedAt();

    @Message("Open the recommendation")
    String open();

    @Message("Daily digest")
    String dailyDigest();

    @Message("Weekly digest")
    String weeklyDigest();

    @Message("Period (UTC)")
    String period();

    @Message("Status changes in this period")
    String changesInPeriod();

    @Message("Briefing")
    String briefing();

    @Message("Session")
    String session();

    @Message("Dates")
    String dates();

    @Message("Location")
    String location();

    @Message("Tentative")
    String tentative();

    @Message("Recommendations this body can act on")
    String recommendationsToAct();

    @Message("Changes since the previous session")
    String changesSincePrevious();

    @Message("Outcome of the previous session")
    String previousOutcome();

    @Message("None")
    String none();

    @Message("Status")
    String status();

    @Message("The texts of the recommendations are quoted in English, the language of the report.")
    String englishSource();

    @Message("You receive this mail because this address subscribed to A4P Tracker alerts.")
    String whyReceived();

    @Message("Unsubscribe")
    String unsubscribe();
}
