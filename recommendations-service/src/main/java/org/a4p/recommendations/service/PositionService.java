package org.a4p.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionChangeKind;
import org.a4p.events.PositionImplementation;
import org.a4p.events.StakeholderCategory;
import org.a4p.platform.problem.ProblemException;
import org.a4p.recommendations.api.PositionInput;
import org.a4p.recommendations.mapping.EvidenceJson;
import org.a4p.recommendations.mapping.RecommendationMapper;
import org.a4p.recommendations.model.Position;
import org.a4p.recommendations.model.PositionChange;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.repository.PositionChangeRepository;
import org.a4p.recommendations.repository.PositionRepository;
import org.a4p.recommendations.repository.RecommendationRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Each addressee's own acceptance and implementation of a recommendation. A change locks the recommendation, bumps
 * its version (its answer shows the positions), appends the new state to position_change (the history, and what
 * reads as of a moment are answered from) and writes the position-changed event, all in one transaction.
 */
@ApplicationScoped
public class PositionService {

    public static final String SEED = "seed";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** A position after a PUT, and whether the PUT added it. */
    public record Written(Position position, boolean created) {
    }

    private final RecommendationRepository recommendations;
    private final PositionRepository positions;
    private final PositionChangeRepository changes;
    private final StakeholderReadModel stakeholders;
    private final RecommendationEvents events;
    private final EvidenceCheck evidence;
    private final EvidenceJson evidenceJson;
    private final AsOf asOf;
    private final Clock clock;
    private final ReadCache cache;

    PositionService(RecommendationRepository recommendations, PositionRepository positions, PositionChangeRepository changes,
                    StakeholderReadModel stakeholders, RecommendationEvents events, EvidenceCheck evidence,
                    EvidenceJson evidenceJson, AsOf asOf, Clock clock, ReadCache cache) {
        this.recommendations = recommendations;
        this.positions = positions;
        this.changes = changes;
        this.stakeholders = stakeholders;
        this.events = events;
        this.evidence = evidence;
        this.evidenceJson = evidenceJson;
        this.asOf = asOf;
        this.clock = clock;
        this.cache = cache;
    }

    /** The positions, as now or as recorded at {@code at} (null: now), addressees in canonical order. */
    @Transactional
    public List<Position> list(int number, OffsetDateTime at) {
        OffsetDateTime moment = asOf.pastOrNull(at);
        Recommendation r = asOf.existing(number, moment);
        List<Position> found = moment == null ? List.copyOf(r.positions)
                : changes.statesAt(number, moment).stream().map(PositionChange::toPosition).toList();
        return found.stream().sorted(Comparator.comparing(p -> p.stakeholder, RecommendationMapper.ADDRESSEE_ORDER)).toList();
    }

    @Transactional
    public Position get(int number, String stakeholder, OffsetDateTime at) {
        return list(number, at).stream().filter(p -> p.stakeholder.equals(stakeholder)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("recommendation " + number + " has no position of " + stakeholder
                        + (at == null ? "" : " as of " + at)));
    }

    /** The positions a new recommendation starts with: one PENDING per category it names. */
    void initial(Recommendation r, String actor) {
        for (StakeholderCategory c : r.sortedStakeholders()) {
            Position p = new Position();
            p.recommendationNumber = r.number;
            p.recommendation = r;
            p.stakeholder = c.name();
            p.acceptance = PositionAcceptance.PENDING;
            p.implementation = PositionImplementation.NOT_STARTED;
            p.evidence = "[]";
            p.updatedAt = r.createdAt;
            p.updatedBy = actor;
            p.version = 0;
            positions.persist(p);
            r.positions.add(p);
            changes.persist(record(p, PositionChangeKind.SET, true));
        }
    }

    @Transactional
    public Written put(int number, String stakeholder, Long expectedVersion, PositionInput in, String actor) {
        checkAddressee(stakeholder);
        if (in.implementation() != PositionImplementation.NOT_STARTED && !in.acceptance().allowsImplementation()) {
            throw new ProblemException(422, "implementation-needs-acceptance", "Implementation needs acceptance",
                    "implementation " + in.implementation() + " needs acceptance ACCEPTED or PARTIALLY_ACCEPTED, not " + in.acceptance(),
                    null, Map.of("acceptance", in.acceptance(), "implementation", in.implementation()));
        }
        String references = evidence.checked("evidence", in.evidence());
        Recommendation r = lock(number);
        Position current = positions.find(number, stakeholder).orElse(null);
        checkVersion(number, stakeholder, current, expectedVersion);
        String note = in.note() == null || in.note().isBlank() ? null : in.note();
        if (current != null && current.acceptance == in.acceptance() && current.implementation == in.implementation()
                && Objects.equals(current.note, note) && evidenceJson.read(current.evidence).equals(evidenceJson.read(references))) {
            return new Written(current, false); // nothing changed: same version, no history entry, no event
        }
        Position before = current == null ? null : snapshot(current);
        Position p = current;
        if (p == null) {
            p = new Position();
            p.recommendationNumber = number;
            p.recommendation = r;
            p.stakeholder = stakeholder;
            p.version = 0;
        } else {
            p.version++;
        }
        p.acceptance = in.acceptance();
        p.implementation = in.implementation();
        p.note = note;
        p.evidence = references;
        p.updatedAt = now();
        p.updatedBy = actor;
        if (current == null) {
            positions.persist(p);
            r.positions.add(p);
        }
        changed(r, record(p, PositionChangeKind.SET, false), before);
        return new Written(p, current == null);
    }

    /** Removes an addressee added by mistake; its history stays. */
    @Transactional
    public void delete(int number, String stakeholder, Long expectedVersion, String actor) {
        Recommendation r = lock(number);
        Position current = positions.find(number, stakeholder).orElseThrow(() ->
                ProblemException.notFound("recommendation " + number + " has no position of " + stakeholder));
        checkVersion(number, stakeholder, current, expectedVersion);
        Position before = snapshot(current);
        PositionChange removed = record(current, PositionChangeKind.REMOVED, false);
        removed.changedAt = now();
        removed.changedBy = actor;
        removed.version = current.version + 1;
        r.positions.remove(current);
        positions.delete(current);
        changed(r, removed, before);
    }

    private void changed(Recommendation r, PositionChange change, Position before) {
        changes.persist(change);
        // the recommendation's answer shows its positions: a new version, so its ETag and If-None-Match see the change
        recommendations.getEntityManager().lock(r, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        recommendations.flush();
        events.positionChanged(r, change, before);
    }

    private Recommendation lock(int number) {
        cache.changedInThisTransaction();
        return recommendations.findForUpdate(number).orElseThrow(() -> ProblemException.notFound("no recommendation " + number));
    }

    private static void checkVersion(int number, String stakeholder, Position current, Long expectedVersion) {
        if (expectedVersion != null && (current == null || current.version != expectedVersion)) {
            throw ProblemException.preconditionFailed("the position of " + stakeholder + " on recommendation " + number
                    + (current == null ? " does not exist" : " is at version " + current.version + ", not " + expectedVersion)
                    + "; read it again and retry");
        }
    }

    /** A category, or a body known from stakeholders-service's events; a 400 problem otherwise. */
    private void checkAddressee(String code) {
        if (!CODE.matcher(code).matches() || !stakeholders.isKnown(code)) {
            throw ProblemException.badRequest("stakeholder", "'" + code + "' is neither a stakeholder category "
                    + List.of(StakeholderCategory.values()) + " nor a known body (see GET /stakeholders on stakeholders-service)");
        }
    }

    private static PositionChange record(Position p, PositionChangeKind kind, boolean initial) {
        PositionChange c = new PositionChange();
        c.recommendationNumber = p.recommendationNumber;
        c.stakeholder = p.stakeholder;
        c.kind = kind;
        c.acceptance = p.acceptance;
        c.implementation = p.implementation;
        c.note = p.note;
        c.evidence = p.evidence;
        c.changedAt = p.updatedAt;
        c.changedBy = p.updatedBy;
        c.version = p.version;
        c.initial = initial;
        return c;
    }

    private static Position snapshot(Position p) {
        Position copy = new Position();
        copy.stakeholder = p.stakeholder;
        copy.acceptance = p.acceptance;
        copy.implementation = p.implementation;
        return copy;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
