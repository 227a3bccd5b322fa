package org.a4p.recommendations.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.A4pPlusPriority;
import org.a4p.events.HistoryEntryKind;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionImplementation;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.StakeholderCategory;
import org.a4p.recommendations.api.AreaView;
import org.a4p.recommendations.api.Evidence;
import org.a4p.recommendations.api.HistoryEntry;
import org.a4p.recommendations.api.PositionView;
import org.a4p.recommendations.api.Progress;
import org.a4p.recommendations.api.RecommendationView;
import org.a4p.recommendations.model.Area;
import org.a4p.recommendations.model.Position;
import org.a4p.recommendations.model.PositionChange;
import org.a4p.recommendations.model.PriorityChange;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.model.StatusChange;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Entity to API and event shapes. Timestamps leave the service in UTC whatever the JDBC driver hands back. */
@ApplicationScoped
public class RecommendationMapper {

    /** Categories in their canonical order first, then bodies by code. */
    public static final Comparator<String> ADDRESSEE_ORDER = Comparator
            .comparing((String code) -> StakeholderCategory.fromCode(code) == null ? Integer.MAX_VALUE : StakeholderCategory.fromCode(code).ordinal())
            .thenComparing(Comparator.naturalOrder());

    private final EvidenceJson evidence;

    RecommendationMapper(EvidenceJson evidence) {
        this.evidence = evidence;
    }

    /** The recommendation as it is now. */
    public RecommendationView toView(Recommendation r) {
        return toView(r, r.status, r.statusChangedAt, r.positions, r.sortedPriorities(), null);
    }

    /** The recommendation with the status, positions and priorities it had at {@code asOf} (null: now). */
    public RecommendationView toView(Recommendation r, RecommendationStatus status, OffsetDateTime statusChangedAt,
                                     Collection<Position> positions, List<A4pPlusPriority> priorities, OffsetDateTime asOf) {
        List<PositionView> views = positions.stream().sorted(Comparator.comparing(p -> p.stakeholder, ADDRESSEE_ORDER))
                .map(this::toView).toList();
        return new RecommendationView(r.number, r.text, r.stakeholderAction, r.sortedStakeholders(), r.area.code,
                r.a4pParagraph, r.context, r.issuedOn, status, utc(statusChangedAt), r.version, priorities, views, progress(views), utc(asOf));
    }

    public PositionView toView(Position p) {
        return new PositionView(p.stakeholder, p.acceptance, p.implementation, p.note, evidence(p.evidence),
                utc(p.updatedAt), p.updatedBy, p.version);
    }

    static Progress progress(List<PositionView> positions) {
        Map<PositionAcceptance, Integer> acceptance = new EnumMap<>(PositionAcceptance.class);
        Map<PositionImplementation, Integer> implementation = new EnumMap<>(PositionImplementation.class);
        for (PositionAcceptance a : PositionAcceptance.values()) {
            acceptance.put(a, 0);
        }
        for (PositionImplementation i : PositionImplementation.values()) {
            implementation.put(i, 0);
        }
        for (PositionView p : positions) {
            acceptance.merge(p.acceptance(), 1, Integer::sum);
            implementation.merge(p.implementation(), 1, Integer::sum);
        }
        return new Progress(positions.size(), acceptance, implementation);
    }

    public AreaView toView(Area a) {
        return new AreaView(a.code, a.name);
    }

    public HistoryEntry toView(StatusChange c) {
        return new HistoryEntry(HistoryEntryKind.STATUS, c.fromStatus, c.toStatus, utc(c.changedAt), c.changedBy, c.note,
                c.evidenceUrl, evidence(c.evidence), null, null, null, null, null, null, null, null);
    }

    /** A position change; {@code before} is the state it replaced (null when the position was added). */
    public HistoryEntry toView(PositionChange c, PositionChange before) {
        return new HistoryEntry(HistoryEntryKind.POSITION, null, null, utc(c.changedAt), c.changedBy, c.note, null,
                evidence(c.evidence), c.stakeholder, c.kind, c.acceptance, c.implementation,
                before == null ? null : before.acceptance, before == null ? null : before.implementation, null, null);
    }

    public HistoryEntry toView(PriorityChange c) {
        return new HistoryEntry(HistoryEntryKind.PRIORITIES, null, null, utc(c.changedAt), c.changedBy, null, null, List.of(),
                null, null, null, null, null, null, PriorityChange.priorities(c.priorities),
                PriorityChange.priorities(c.previousPriorities));
    }

    public RecommendationUpserted toUpserted(Recommendation r) {
        return new RecommendationUpserted(r.number, r.area.code, r.area.name, r.text, r.stakeholderAction,
                r.sortedStakeholders().stream().map(Enum::name).toList(), r.a4pParagraph, r.context, r.status.name(),
                utc(r.statusChangedAt), r.version, r.sortedPriorities().stream().map(Enum::name).toList());
    }

    public RecommendationStatusChanged toStatusChanged(Recommendation r, StatusChange c) {
        return new RecommendationStatusChanged(r.number, c.fromStatus.name(), c.toStatus.name(), c.note, c.evidenceUrl,
                c.changedBy, utc(c.changedAt), r.version);
    }

    public RecommendationPositionChanged toPositionChanged(Recommendation r, PositionChange c, Position before) {
        return new RecommendationPositionChanged(r.number, c.stakeholder, c.kind.name(), c.acceptance.name(),
                c.implementation.name(), before == null ? null : before.acceptance.name(),
                before == null ? null : before.implementation.name(), c.note, evidence.read(c.evidence), c.changedBy,
                utc(c.changedAt), c.version, r.version);
    }

    private List<Evidence> evidence(String stored) {
        return evidence.read(stored).stream().map(e -> new Evidence(e.symbol(), e.paragraph(), e.url(), e.title())).toList();
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
