package org.a4p.dashboard.mapping;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Everything the dashboard itself writes, in English; messages/msg_{ar,zh,fr,ru,es}.properties translate it.
 * The report's own texts (recommendations, area names, stakeholder names) are data and stay English.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message("A4P Tracker")
    String appName();

    @Message("Main")
    String navLabel();

    @Message("Progress")
    String navOverview();

    @Message("Recommendations")
    String navRecommendations();

    @Message("Sessions")
    String navSessions();

    @Message("Language")
    String language();

    @Message("Skip to content")
    String skipToContent();

    @Message("Data as of {time}")
    String dataAsOf(String time);

    @Message("No data has been received yet.")
    String noDataYet();

    @Message("Progress of the A4P recommendations")
    String overviewTitle();

    @Message("{total} recommendations, by status: by Area of Commitment and by the stakeholder that must act.")
    String overviewIntro(int total);

    @Message("By Area of Commitment")
    String byArea();

    @Message("By stakeholder")
    String byStakeholder();

    @Message("Each bar shows the share of the recommendations in each status; the table gives the numbers.")
    String chartNote();

    @Message("Colours of the statuses")
    String legend();

    @Message("Area of Commitment")
    String area();

    @Message("Stakeholder")
    String stakeholder();

    @Message("Total")
    String total();

    @Message("Accepted or further")
    String acceptedOrFurther();

    @Message("Implemented")
    String implemented();

    @Message("Share by status")
    String chart();

    @Message("Filtered")
    String filtered();

    @Message("Show all")
    String showAll();

    @Message("Status")
    String status();

    @Message("All")
    String all();

    @Message("Search")
    String search();

    @Message("Words in the text")
    String searchLabel();

    @Message("{count} recommendations")
    String resultsCount(int count);

    @Message("No recommendation matches.")
    String noResults();

    @Message("No.")
    String number();

    @Message("Recommendation")
    String recommendation();

    @Message("Recommendation {number}")
    String recommendationTitle(int number);

    @Message("Stakeholder action")
    String stakeholderAction();

    @Message("Context")
    String context();

    @Message("Addressed to")
    String addressedTo();

    @Message("A4P Declaration paragraph")
    String paragraph();

    @Message("since {date}")
    String since(String date);

    @Message("History")
    String history();

    @Message("Date")
    String date();

    @Message("Change")
    String change();

    @Message("By")
    String by();

    @Message("Note")
    String note();

    @Message("Evidence")
    String evidence();

    @Message("No status change has been recorded yet.")
    String noHistory();

    @Message("Sessions calendar")
    String sessionsTitle();

    @Message("Next session")
    String nextSession();

    @Message("No session is scheduled.")
    String noNextSession();

    @Message("Upcoming sessions")
    String upcoming();

    @Message("Past sessions")
    String past();

    @Message("Subscribe to the calendar (iCalendar)")
    String subscribe();

    @Message("Session")
    String session();

    @Message("Body")
    String body();

    @Message("Dates")
    String dates();

    @Message("Location")
    String location();

    @Message("dates to be confirmed")
    String tentative();

    @Message("Briefing")
    String briefing();

    @Message("Briefing for the session")
    String briefingTitle();

    @Message("Recommendations addressed to this body")
    String addressedToBody();

    @Message("Changes since the previous session ({date})")
    String changesSince(String date);

    @Message("Changes so far")
    String changesSoFar();

    @Message("No change in this period.")
    String noChanges();

    @Message("Page not found")
    String notFoundTitle();

    @Message("There is nothing at this address.")
    String notFoundText();

    @Message("Proposed")
    String statusProposed();

    @Message("Under consideration")
    String statusUnderConsideration();

    @Message("Accepted")
    String statusAccepted();

    @Message("In progress")
    String statusInProgress();

    @Message("Implemented")
    String statusImplemented();

    @Message("Not accepted")
    String statusNotAccepted();

    @Message("Stalled")
    String statusStalled();

    @Message("Superseded")
    String statusSuperseded();

    @Message("Positions")
    String positions();

    @Message("Each addressee answers for itself. A position nobody has changed yet is pending.")
    String positionsNote();

    @Message("Acceptance")
    String acceptance();

    @Message("Implementation")
    String implementationLabel();

    @Message("Updated")
    String updated();

    @Message("No addressee has a position yet.")
    String noPositions();

    @Message("Pending")
    String acceptancePending();

    @Message("Accepted")
    String acceptanceAccepted();

    @Message("Partially accepted")
    String acceptancePartiallyAccepted();

    @Message("Not accepted")
    String acceptanceNotAccepted();

    @Message("Not relevant")
    String acceptanceNotRelevant();

    @Message("Not started")
    String implementationNotStarted();

    @Message("In progress")
    String implementationInProgress();

    @Message("Stalled")
    String implementationStalled();

    @Message("Implemented")
    String implementationImplemented();

    @Message("position removed")
    String positionRemoved();

    @Message("para. {paragraph}")
    String paragraphShort(String paragraph);

    @Message("Acceptance rate")
    String acceptanceRate();

    @Message("Implementation rate")
    String implementationRate();

    @Message("{percent} ({part} of {whole})")
    String rate(String percent, int part, int whole);

    @Message("— (no decision yet)")
    String noDecisionYet();

    @Message("— (nothing accepted yet)")
    String noAcceptanceYet();

    @Message("Acceptance rate: positions accepted or partially accepted among those decided (pending and not relevant are left out). Implementation rate: positions implemented among those accepted or partially accepted.")
    String ratesNote();

    @Message("Outcome")
    String outcome();

    @Message("Report adopted")
    String outcomeReportAdopted();

    @Message("No substantive report")
    String outcomeNoSubstantiveReport();

    @Message("Suspended")
    String outcomeSuspended();

    @Message("Postponed")
    String outcomePostponed();

    @Message("not recorded")
    String noOutcome();

    @Message("Previous session")
    String previousSession();
}
