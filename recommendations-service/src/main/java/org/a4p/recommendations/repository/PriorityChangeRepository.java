package org.a4p.recommendations.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.A4pPlusPriority;
import org.a4p.recommendations.model.PriorityChange;

import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class PriorityChangeRepository extends RecommendationChanges<PriorityChange> {

    /** The priorities recorded at {@code at}: those the last change until then set; none before the first change. */
    public List<A4pPlusPriority> at(int recommendationNumber, OffsetDateTime at) {
        return lastAtOrBefore(recommendationNumber, at).map(c -> PriorityChange.priorities(c.priorities)).orElse(List.of());
    }
}
