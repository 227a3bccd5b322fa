package org.a4p.recommendations.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.recommendations.api.AreaView;
import org.a4p.recommendations.api.HistoryEntry;
import org.a4p.recommendations.api.RecommendationView;
import org.a4p.recommendations.model.Area;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.model.StatusChange;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Entity to API and event shapes. Timestamps leave the service in UTC whatever the JDBC driver hands back. */
@ApplicationScoped
public class RecommendationMapper {

    public RecommendationView toView(Recommendation r) {
        return new RecommendationView(r.number, r.text, r.stakeholderAction, r.sortedStakeholders(), r.area.code,
                r.a4pParagraph, r.context, r.status, utc(r.statusChangedAt), r.version);
    }

    public AreaView toView(Area a) {
        return new AreaView(a.code, a.name);
    }

    public HistoryEntry toView(StatusChange c) {
        return new HistoryEntry(c.fromStatus, c.toStatus, utc(c.changedAt), c.changedBy, c.note, c.evidenceUrl);
    }

    public RecommendationUpserted toUpserted(Recommendation r) {
        return new RecommendationUpserted(r.number, r.area.code, r.area.name, r.text, r.stakeholderAction,
                r.sortedStakeholders().stream().map(Enum::name).toList(), r.a4pParagraph, r.context, r.status.name(),
                utc(r.statusChangedAt), r.version);
    }

    public RecommendationStatusChanged toStatusChanged(Recommendation r, StatusChange c) {
        return new RecommendationStatusChanged(r.number, c.fromStatus.name(), c.toStatus.name(), c.note, c.evidenceUrl,
                c.changedBy, utc(c.changedAt), r.version);
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
