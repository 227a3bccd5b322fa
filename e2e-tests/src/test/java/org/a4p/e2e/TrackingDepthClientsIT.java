package org.a4p.e2e;

import org.a4p.clients.recommendations.ApiException;
import org.a4p.clients.recommendations.api.AreasOfCommitmentApi;
import org.a4p.clients.recommendations.api.PositionsApi;
import org.a4p.clients.recommendations.api.PositionsApi.APIGetPositionRequest;
import org.a4p.clients.recommendations.api.PositionsApi.APIListPositionsRequest;
import org.a4p.clients.recommendations.api.PositionsApi.APIPutPositionRequest;
import org.a4p.clients.recommendations.api.RecommendationsApi;
import org.a4p.clients.recommendations.api.RecommendationsApi.APICreateRecommendationRequest;
import org.a4p.clients.recommendations.api.RecommendationsApi.APIGetRecommendationRequest;
import org.a4p.clients.recommendations.api.RecommendationsApi.APIImportRecommendationsRequest;
import org.a4p.clients.recommendations.api.RecommendationsApi.APIListRecommendationsRequest;
import org.a4p.clients.recommendations.api.RecommendationsApi.APISetRecommendationPrioritiesRequest;
import org.a4p.clients.recommendations.api.ReferenceFrameworksApi;
import org.a4p.clients.recommendations.api.StatisticsApi;
import org.a4p.clients.recommendations.api.StatisticsApi.APIGetStatisticsRequest;
import org.a4p.clients.recommendations.model.A4pPlusPriority;
import org.a4p.clients.recommendations.model.Area;
import org.a4p.clients.recommendations.model.EvidenceReference;
import org.a4p.clients.recommendations.model.Framework;
import org.a4p.clients.recommendations.model.ImportAction;
import org.a4p.clients.recommendations.model.ImportProblem;
import org.a4p.clients.recommendations.model.ImportResult;
import org.a4p.clients.recommendations.model.Position;
import org.a4p.clients.recommendations.model.PositionAcceptance;
import org.a4p.clients.recommendations.model.PositionImplementation;
import org.a4p.clients.recommendations.model.PositionInput;
import org.a4p.clients.recommendations.model.PrioritiesInput;
import org.a4p.clients.recommendations.model.Problem;
import org.a4p.clients.recommendations.model.Recommendation;
import org.a4p.clients.recommendations.model.RecommendationInput;
import org.a4p.clients.recommendations.model.RecommendationStatus;
import org.a4p.clients.recommendations.model.Statistics;
import org.a4p.clients.recommendations.model.StatisticsGroup;
import org.a4p.clients.recommendations.model.StatisticsGroupBy;
import org.a4p.clients.stakeholders.api.SessionsApi;
import org.a4p.clients.stakeholders.api.SessionsApi.APIGetSessionRequest;
import org.a4p.clients.stakeholders.api.SessionsApi.APIRecordSessionOutcomeRequest;
import org.a4p.clients.stakeholders.api.SessionsApi.APIScheduleSessionRequest;
import org.a4p.clients.stakeholders.model.Session;
import org.a4p.clients.stakeholders.model.SessionKind;
import org.a4p.clients.stakeholders.model.SessionOutcome;
import org.a4p.clients.stakeholders.model.SessionOutcomeRequest;
import org.a4p.clients.stakeholders.model.SessionRequest;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.a4p.e2e.GeneratedClients.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The clients check for the tracking depth of issue 14: positions, A4P+ priorities, reference frameworks, statistics,
 * the bulk import and session outcomes, each driven through the client openapi-generator made from the document the
 * service serves, and every answer (problems included) read as the generated type the document names.
 */
class TrackingDepthClientsIT {

    private static final String SECRETARIAT_USER = "tracking-it@secretariat.test";
    /** No other test issues recommendations in this year, so its statistics group is this test's alone. */
    private static final LocalDate ISSUED_ON = LocalDate.of(2012, 6, 1);

    private final RunningSystem system = RunningSystem.get();
    private final GeneratedClients clients = new GeneratedClients(system);

    @Test
    void positionsPrioritiesFrameworksAndStatisticsAreReadAndWrittenAsTheirTypes() throws Exception {
        var secretariatClient = clients.recommendations(Tokens.secretariat(SECRETARIAT_USER));
        RecommendationsApi recommendations = new RecommendationsApi(secretariatClient);
        PositionsApi positions = new PositionsApi(secretariatClient);
        int number = created(recommendations, "Member States Secretariat");
        Instant beforeAnyPosition = Instant.now();

        assertThat(positions.listPositions(APIListPositionsRequest.newBuilder().number(number).build()))
                .extracting(Position::getStakeholder, Position::getAcceptance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MEMBER_STATES", PositionAcceptance.PENDING),
                        org.assertj.core.groups.Tuple.tuple("SECRETARIAT", PositionAcceptance.PENDING));
        var read = positions.getPositionWithHttpInfo(APIGetPositionRequest.newBuilder().number(number).stakeholder("SECRETARIAT").build());
        String etag = header(read.getHeaders(), "ETag");
        assertThat(etag).isEqualTo("\"" + read.getData().getVersion() + "\"");
        Position accepted = positions.putPosition(APIPutPositionRequest.newBuilder().number(number).stakeholder("SECRETARIAT").ifMatch(etag)
                .positionInput(new PositionInput().acceptance(PositionAcceptance.ACCEPTED).implementation(PositionImplementation.IN_PROGRESS)
                        .note("Guidance in preparation").evidence(List.of(new EvidenceReference().symbol("A/77/19").paragraph("120"))))
                .build());
        assertThat(accepted.getAcceptance()).isEqualTo(PositionAcceptance.ACCEPTED);
        assertThat(accepted.getEvidence()).extracting(EvidenceReference::getSymbol).containsExactly("A/77/19");
        assertThat(accepted.getUpdatedBy()).isEqualTo(SECRETARIAT_USER);
        var stale = catchThrowableOfType(ApiException.class, () -> positions.putPosition(APIPutPositionRequest.newBuilder()
                .number(number).stakeholder("SECRETARIAT").ifMatch(etag).positionInput(new PositionInput()
                        .acceptance(PositionAcceptance.NOT_ACCEPTED).implementation(PositionImplementation.NOT_STARTED)).build()));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(secretariatClient.getObjectMapper().readValue(stale.getResponseBody(), Problem.class).getStatus()).isEqualTo(412);
        positions.putPosition(APIPutPositionRequest.newBuilder().number(number).stakeholder("MEMBER_STATES").positionInput(
                new PositionInput().acceptance(PositionAcceptance.NOT_ACCEPTED).implementation(PositionImplementation.NOT_STARTED)).build());

        // the year's statistics now, and as of the moment before any position was decided
        StatisticsApi statistics = new StatisticsApi(clients.recommendations(null));
        Statistics byYear = statistics.getStatistics(APIGetStatisticsRequest.newBuilder().groupBy("year").build());
        assertThat(byYear.getGroupBy()).isEqualTo(StatisticsGroupBy.YEAR);
        StatisticsGroup year = group(byYear, "2012");
        assertThat(List.of(year.getRecommendations(), year.getPositions(), year.getDecided(), year.getAccepted(), year.getImplemented(),
                year.getOutstandingOver5Years())).containsExactly(1, 2, 2, 1, 0, 1);
        assertThat(year.getAcceptanceRate()).isEqualTo(0.5);
        assertThat(year.getImplementationRate()).isEqualTo(0.0);
        StatisticsGroup then = group(statistics.getStatistics(APIGetStatisticsRequest.newBuilder().groupBy("year")
                .asOf(beforeAnyPosition.toString()).build()), "2012");
        assertThat(then.getDecided()).isZero();
        assertThat(then.getAcceptanceRate()).as("nothing decided yet: unknown, not 0").isNull();
        assertThat(recommendations.getRecommendation(APIGetRecommendationRequest.newBuilder().number(number)
                .asOf(beforeAnyPosition.toString()).build()).getPositions())
                .allSatisfy(p -> assertThat(p.getAcceptance()).isEqualTo(PositionAcceptance.PENDING));

        // priorities: set with the recommendation's ETag, then found by the filter
        var current = recommendations.getRecommendationWithHttpInfo(APIGetRecommendationRequest.newBuilder().number(number).build());
        Recommendation mapped = recommendations.setRecommendationPriorities(APISetRecommendationPrioritiesRequest.newBuilder()
                .number(number).ifMatch(header(current.getHeaders(), "ETag")).prioritiesInput(new PrioritiesInput()
                        .priorities(List.of(A4pPlusPriority.WOMEN_PEACE_AND_SECURITY, A4pPlusPriority.STRATEGIC_COMMUNICATIONS))).build());
        assertThat(mapped.getPriorities()).containsExactly(A4pPlusPriority.STRATEGIC_COMMUNICATIONS, A4pPlusPriority.WOMEN_PEACE_AND_SECURITY);
        assertThat(mapped.getVersion()).isGreaterThan(current.getData().getVersion());
        assertThat(recommendations.listRecommendations(APIListRecommendationsRequest.newBuilder()
                .priority(List.of(A4pPlusPriority.WOMEN_PEACE_AND_SECURITY)).size(100).build()).getItems())
                .extracting(Recommendation::getNumber).contains(number);

        List<Framework> frameworks = new ReferenceFrameworksApi(clients.recommendations(null)).listFrameworks();
        // the generator spells the enum constants its own way (A4_P_2018); the wire values are the design's codes
        assertThat(frameworks).extracting(f -> f.getCode().getValue()).containsExactly("A4P_2018", "A4P_PLUS_2021");
        assertThat(frameworks.get(0).getAreas()).hasSize(8);
        assertThat(frameworks.get(1).getPriorities()).hasSize(9);
    }

    @Test
    void theBulkImportIsDryRunRefusedByRowAppliedOnceAndAReRunChangesNothing() throws Exception {
        var secretariatClient = clients.recommendations(Tokens.secretariat(SECRETARIAT_USER));
        RecommendationsApi recommendations = new RecommendationsApi(secretariatClient);
        int number = created(recommendations, "Secretariat");
        Recommendation before = recommendations.getRecommendation(APIGetRecommendationRequest.newBuilder().number(number).build());
        String area = new AreasOfCommitmentApi(clients.recommendations(null)).listAreas().stream()
                .filter(a -> a.getCode().equals(before.getArea())).map(Area::getName).findFirst().orElseThrow();

        String bad = csv(before, area, "IMPLEMENTED");
        var refused = catchThrowableOfType(ApiException.class, () -> recommendations.importRecommendations(
                APIImportRecommendationsRequest.newBuilder().body(bad).build()));
        assertThat(refused.getCode()).isEqualTo(422);
        ImportProblem problem = secretariatClient.getObjectMapper().readValue(refused.getResponseBody(), ImportProblem.class);
        assertThat(problem.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getRow()).isEqualTo(2);
            assertThat(e.getColumn()).isEqualTo("Status");
            assertThat(e.getNumber()).isEqualTo(number);
        });

        String good = csv(before, area, "UNDER_CONSIDERATION");
        ImportResult dryRun = recommendations.importRecommendations(APIImportRecommendationsRequest.newBuilder().body(good).dryRun(true).build());
        assertThat(dryRun.getDryRun()).isTrue();
        assertThat(dryRun.getResults()).singleElement().satisfies(r -> assertThat(r.getAction()).isEqualTo(ImportAction.STATUS_CHANGE));
        assertThat(recommendations.getRecommendation(APIGetRecommendationRequest.newBuilder().number(number).build()).getVersion())
                .as("a dry run changes nothing").isEqualTo(before.getVersion());

        ImportResult applied = recommendations.importRecommendations(APIImportRecommendationsRequest.newBuilder().body(good).build());
        assertThat(applied.getChanged()).isEqualTo(1);
        Recommendation after = recommendations.getRecommendation(APIGetRecommendationRequest.newBuilder().number(number).build());
        assertThat(after.getStatus()).isEqualTo(RecommendationStatus.UNDER_CONSIDERATION);
        ImportResult again = recommendations.importRecommendations(APIImportRecommendationsRequest.newBuilder().body(good).build());
        assertThat(again.getUnchanged()).isEqualTo(1);
        assertThat(recommendations.getRecommendation(APIGetRecommendationRequest.newBuilder().number(number).build()).getVersion())
                .as("a re-run changes nothing").isEqualTo(after.getVersion());
    }

    @Test
    void aSessionOutcomeIsRecordedWithTheSessionsETag() throws Exception {
        SessionsApi sessions = new SessionsApi(clients.stakeholders(Tokens.secretariat(SECRETARIAT_USER)));
        LocalDate startsOn = LocalDate.now(ZoneOffset.UTC).minusDays(20);
        Session held = sessions.scheduleSession(APIScheduleSessionRequest.newBuilder().sessionRequest(new SessionRequest().body("C34")
                .title("Clients check: a session that adopted no substantive report").kind(SessionKind.C34_SUBSTANTIVE)
                .startsOn(startsOn).endsOn(startsOn.plusDays(10))).build());
        assertThat(held.getOutcome()).isNull();
        var read = sessions.getSessionWithHttpInfo(APIGetSessionRequest.newBuilder().id(held.getId()).build());
        String etag = header(read.getHeaders(), "ETag");

        Session recorded = sessions.recordSessionOutcome(APIRecordSessionOutcomeRequest.newBuilder().id(held.getId()).ifMatch(etag)
                .sessionOutcomeRequest(new SessionOutcomeRequest().outcome(SessionOutcome.NO_SUBSTANTIVE_REPORT)
                        .note("Consensus not reached on the report")).build());
        assertThat(recorded.getOutcome().getOutcome()).isEqualTo(SessionOutcome.NO_SUBSTANTIVE_REPORT);
        assertThat(recorded.getOutcome().getRecordedBy()).isEqualTo(SECRETARIAT_USER);
        assertThat(recorded.getVersion()).isGreaterThan(read.getData().getVersion());
        var stale = catchThrowableOfType(org.a4p.clients.stakeholders.ApiException.class, () -> sessions.recordSessionOutcome(
                APIRecordSessionOutcomeRequest.newBuilder().id(held.getId()).ifMatch(etag).sessionOutcomeRequest(
                        new SessionOutcomeRequest().outcome(SessionOutcome.SUSPENDED)).build()));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(sessions.getSession(APIGetSessionRequest.newBuilder().id(held.getId()).build()).getOutcome().getOutcome())
                .isEqualTo(SessionOutcome.NO_SUBSTANTIVE_REPORT);
    }

    /** A new recommendation of this test's own (issued in 2012), PROPOSED, with a position per category in {@code action}. */
    private static int created(RecommendationsApi recommendations, String action) throws ApiException {
        int number = ThreadLocalRandom.current().nextInt(10_000, 100_000);
        Recommendation r = recommendations.createRecommendation(APICreateRecommendationRequest.newBuilder().recommendationInput(
                new RecommendationInput().number(number).text("Clients check recommendation " + number).stakeholderAction(action)
                        .area("POLITICS").a4pParagraph(2).context("Chapter 1").issuedOn(ISSUED_ON)).build());
        assertThat(r.getIssuedOn()).isEqualTo(ISSUED_ON);
        return number;
    }

    private static StatisticsGroup group(Statistics statistics, String key) {
        return statistics.getGroups().stream().filter(g -> g.getKey().equals(key)).findFirst().orElseThrow();
    }

    /** One row in the export's columns plus Version (the texts are plain: no quoting needed). */
    private static String csv(Recommendation r, String areaName, String status) {
        return "Areas of Commitment,No,Recommendation (the 'what'),Stakeholder Action (the 'how'),A4P Para,Context (see report),Status,Version\r\n"
                + String.join(",", areaName, r.getNumber().toString(), r.getText(), r.getStakeholderAction(),
                r.getA4pParagraph().toString(), r.getContext(), status, r.getVersion().toString()) + "\r\n";
    }
}
