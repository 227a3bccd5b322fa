package org.a4p.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.events.A4pPlusPriority;
import org.a4p.events.AreaCode;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;
import org.a4p.platform.problem.ProblemException;
import org.a4p.events.PositionChangeKind;
import org.a4p.recommendations.api.HistoryEntry;
import org.a4p.recommendations.api.RecommendationInput;
import org.a4p.recommendations.api.RecommendationPage;
import org.a4p.recommendations.api.RecommendationView;
import org.a4p.recommendations.api.StatusChangeRequest;
import org.a4p.recommendations.mapping.RecommendationMapper;
import org.a4p.recommendations.model.Area;
import org.a4p.recommendations.model.PositionChange;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.model.StatusChange;
import org.a4p.recommendations.repository.AreaRepository;
import org.a4p.recommendations.repository.PositionChangeRepository;
import org.a4p.recommendations.repository.PriorityChangeRepository;
import org.a4p.recommendations.repository.RecommendationRepository;
import org.a4p.recommendations.repository.RecommendationSearch;
import org.a4p.recommendations.repository.StatusChangeRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The recommendations and their lifecycle. Every change runs in one transaction that also writes its
 * event to the outbox, so a change and its event are committed together or not at all.
 */
@ApplicationScoped
public class RecommendationService {

    private final RecommendationRepository recommendations;
    private final AreaRepository areas;
    private final StatusChangeRepository statusChanges;
    private final StakeholderReadModel stakeholders;
    private final RecommendationEvents events;
    private final RecommendationMapper mapper;
    private final Clock clock;
    private final ReadCache cache;
    private final PositionService positions;
    private final PositionChangeRepository positionChanges;
    private final EvidenceCheck evidence;
    private final AsOf asOf;
    private final PriorityChangeRepository priorityChanges;

    RecommendationService(RecommendationRepository recommendations, AreaRepository areas, StatusChangeRepository statusChanges,
                          StakeholderReadModel stakeholders, RecommendationEvents events, RecommendationMapper mapper,
                          Clock clock, ReadCache cache, PositionService positions, PositionChangeRepository positionChanges,
                          EvidenceCheck evidence, AsOf asOf, PriorityChangeRepository priorityChanges) {
        this.priorityChanges = priorityChanges;
        this.positions = positions;
        this.positionChanges = positionChanges;
        this.evidence = evidence;
        this.asOf = asOf;
        this.recommendations = recommendations;
        this.areas = areas;
        this.statusChanges = statusChanges;
        this.stakeholders = stakeholders;
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
        this.cache = cache;
    }

    @Transactional
    public List<Area> areas() {
        return areas.inReportOrder();
    }

    /**
     * One page of recommendations. {@code body} is a body's code (resolved to its category through the
     * stakeholder read model) or a category code; {@code priorities} (A4P+ codes) match any of them.
     */
    @Transactional
    public RecommendationPage list(AreaCode area, StakeholderCategory stakeholder, String body, RecommendationStatus status,
                                   Integer a4pParagraph, String text, PositionFilter position, Set<A4pPlusPriority> priorities,
                                   OffsetDateTime at, int page, int size) {
        OffsetDateTime moment = asOf.pastOrNull(at);
        Set<StakeholderCategory> categories = EnumSet.noneOf(StakeholderCategory.class);
        if (stakeholder != null) {
            categories.add(stakeholder);
        }
        if (body != null) {
            categories.add(stakeholders.categoryOfBody(body));
        }
        var found = recommendations.search(new RecommendationSearch(area == null ? null : area.name(), categories, status,
                a4pParagraph, text, position.stakeholder(), position.acceptance(), position.implementation(), priorities, moment,
                page, size));
        return new RecommendationPage(found.items().stream().map(r -> view(r, moment)).toList(), found.total(), page, size);
    }

    /** One recommendation as now, or as recorded at {@code at}; a 404 problem if it did not exist then. */
    @Transactional
    public RecommendationView view(int number, OffsetDateTime at) {
        OffsetDateTime moment = asOf.pastOrNull(at);
        return view(asOf.existing(number, moment), moment);
    }

    /**
     * The status at {@code moment} is the one the last change until then set, else the one the first later change
     * started from; the positions are the last states recorded until then, the priorities the last set recorded until then
     * (none before the first change). Texts have no history: they are today's.
     */
    private RecommendationView view(Recommendation r, OffsetDateTime moment) {
        if (moment == null) {
            return mapper.toView(r);
        }
        StatusChange last = statusChanges.lastAtOrBefore(r.number, moment).orElse(null);
        RecommendationStatus status;
        OffsetDateTime since;
        if (last != null) {
            status = last.toStatus;
            since = last.changedAt;
        } else {
            status = statusChanges.firstAfter(r.number, moment).map(c -> c.fromStatus).orElse(r.status);
            since = r.createdAt;
        }
        return mapper.toView(r, status, since, positions.list(r.number, moment), priorityChanges.at(r.number, moment), moment);
    }

    @Transactional
    public List<Recommendation> all() {
        return recommendations.inNumberOrder();
    }

    @Transactional
    public Recommendation get(int number) {
        return recommendations.findByIdOptional(number).orElseThrow(() -> notFound(number));
    }

    /** Status, position and priorities changes, oldest first (the initial positions are not changes). */
    @Transactional
    public List<HistoryEntry> history(int number) {
        get(number);
        List<HistoryEntry> entries = new ArrayList<>(statusChanges.historyOf(number).stream().map(mapper::toView).toList());
        Map<String, PositionChange> previous = new HashMap<>();
        for (PositionChange c : positionChanges.historyOf(number)) {
            PositionChange before = previous.put(c.stakeholder, c.kind == PositionChangeKind.REMOVED ? null : c);
            if (!c.initial) {
                entries.add(mapper.toView(c, c.kind == PositionChangeKind.REMOVED ? null : before));
            }
        }
        priorityChanges.historyOf(number).stream().map(mapper::toView).forEach(entries::add);
        entries.sort(Comparator.comparing(HistoryEntry::at)); // stable: a status change stays before a position change of the same instant
        return entries;
    }

    @Transactional
    public Recommendation create(RecommendationInput in, String actor) {
        cache.changedInThisTransaction();
        recommendations.lockForCreate();
        Recommendation r = new Recommendation();
        if (in.number() == null) {
            r.number = recommendations.nextFreeNumber();
        } else if (recommendations.findByIdOptional(in.number()).isPresent()) {
            throw ProblemException.conflict("number-taken", "Number taken",
                    "recommendation " + in.number() + " already exists; omit number to get the next free one",
                    Map.of("number", in.number()));
        } else {
            r.number = in.number();
        }
        apply(r, in);
        r.status = RecommendationStatus.PROPOSED;
        r.statusChangedAt = now();
        r.createdAt = r.statusChangedAt;
        recommendations.persist(r);
        positions.initial(r, actor);
        recommendations.flush();
        events.upserted(r);
        return r;
    }

    @Transactional
    public Recommendation edit(int number, Long expectedVersion, RecommendationInput in) {
        if (in.number() != null && in.number() != number) {
            throw ProblemException.badRequest("number", "must be " + number + " (a recommendation's number cannot change)");
        }
        Recommendation r = forUpdate(number, expectedVersion);
        if (sameAsStored(r, in)) {
            return r; // nothing changed: same version, no upserted event for consumers to apply again
        }
        apply(r, in);
        recommendations.flush();
        events.upserted(r);
        return r;
    }

    private static boolean sameAsStored(Recommendation r, RecommendationInput in) {
        List<StakeholderCategory> stakeholders = in.stakeholders() != null ? in.stakeholders()
                : StakeholderDerivation.derive(in.stakeholderAction());
        return r.area.code.equals(in.area()) && r.text.equals(in.text())
                && r.stakeholderAction.equals(in.stakeholderAction()) && r.a4pParagraph == in.a4pParagraph()
                && Objects.equals(r.context, in.context()) && (in.issuedOn() == null || in.issuedOn().equals(r.issuedOn))
                && !stakeholders.isEmpty() && EnumSet.copyOf(stakeholders).equals(r.stakeholders);
    }

    @Transactional
    public Recommendation changeStatus(int number, Long expectedVersion, StatusChangeRequest request, String actor) {
        if (request.evidenceUrl() != null && !request.evidenceUrl().isBlank()) {
            EvidenceCheck.checkUrl("evidenceUrl", request.evidenceUrl());
        }
        String references = evidence.checked("evidence", request.evidence());
        Recommendation r = forUpdate(number, expectedVersion);
        if (!r.status.canChangeTo(request.status())) {
            Set<RecommendationStatus> allowed = r.status.allowedNext();
            throw ProblemException.conflict("invalid-transition", "Transition not allowed",
                    "recommendation " + number + " cannot change from " + r.status + " to " + request.status()
                            + (allowed.isEmpty() ? " (" + r.status + " is final)" : "; allowed: " + allowed),
                    Map.of("currentStatus", r.status, "allowedStatuses", List.copyOf(allowed)));
        }
        StatusChange change = new StatusChange();
        change.recommendationNumber = number;
        change.fromStatus = r.status;
        change.toStatus = request.status();
        change.changedAt = now();
        change.changedBy = actor;
        change.note = blankToNull(request.note());
        change.evidenceUrl = blankToNull(request.evidenceUrl());
        change.evidence = references;
        statusChanges.persist(change);
        r.status = change.toStatus;
        r.statusChangedAt = change.changedAt;
        recommendations.flush();
        events.statusChanged(r, change);
        return r;
    }

    /** The recommendation locked for a change in this transaction, at the expected version (null: any); else 404 or 412. */
    Recommendation forUpdate(int number, Long expectedVersion) {
        cache.changedInThisTransaction();
        Recommendation r = recommendations.findForUpdate(number).orElseThrow(() -> notFound(number));
        if (expectedVersion != null && expectedVersion != r.version) {
            throw ProblemException.preconditionFailed("recommendation " + number + " is at version " + r.version
                    + ", not " + expectedVersion + "; read it again and retry");
        }
        return r;
    }

    private void apply(Recommendation r, RecommendationInput in) {
        List<StakeholderCategory> stakeholders = in.stakeholders() != null ? in.stakeholders()
                : StakeholderDerivation.derive(in.stakeholderAction());
        if (stakeholders.isEmpty()) {
            throw ProblemException.badRequest("stakeholders",
                    "none could be derived from stakeholderAction; list them explicitly");
        }
        r.area = knownArea(in.area());
        r.text = in.text();
        r.stakeholderAction = in.stakeholderAction();
        r.stakeholders.clear();
        r.stakeholders.addAll(stakeholders);
        r.a4pParagraph = in.a4pParagraph();
        r.context = in.context();
        r.issuedOn = IssuedOn.of(in.issuedOn(), r.issuedOn, clock);
    }

    private Area knownArea(String code) {
        return areas.findByIdOptional(code).orElseThrow(() ->
                ProblemException.badRequest("area", "unknown Area of Commitment '" + code + "' (see GET /areas)"));
    }

    /** PostgreSQL keeps microseconds: truncate so the event and the stored row carry the same instant. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static ProblemException notFound(int number) {
        return ProblemException.notFound("no recommendation " + number);
    }
}
