package org.a4p.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.A4pPlusPriority;
import org.a4p.recommendations.model.PriorityChange;

import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class PriorityChangeRepository implements PanacheRepositoryBase<PriorityChange, Long> {

    /** Oldest first; the id breaks ties between changes stamped with the same instant. */
    public List<PriorityChange> historyOf(int recommendationNumber) {
        return list("recommendationNumber = ?1 order by changedAt, id", recommendationNumber);
    }

    /** The priorities recorded at {@code at}: those the last change until then set; none before the first change. */
    public List<A4pPlusPriority> at(int recommendationNumber, OffsetDateTime at) {
        return find("recommendationNumber = ?1 and changedAt <= ?2 order by changedAt desc, id desc", recommendationNumber, at)
                .firstResultOptional().map(c -> PriorityChange.priorities(c.priorities)).orElse(List.of());
    }
}
