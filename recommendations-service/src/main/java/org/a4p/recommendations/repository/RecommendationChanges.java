package org.a4p.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.a4p.recommendations.model.RecommendationChange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The reads every kind of recommendation change needs: its history, and the change in force at a moment. */
public abstract class RecommendationChanges<C extends RecommendationChange> implements PanacheRepositoryBase<C, Long> {

    /** Oldest first; the id breaks ties between changes stamped with the same instant. */
    public List<C> historyOf(int recommendationNumber) {
        return list("recommendationNumber = ?1 order by changedAt, id", recommendationNumber);
    }

    /** The last change at or before {@code at}. */
    public Optional<C> lastAtOrBefore(int recommendationNumber, OffsetDateTime at) {
        return find("recommendationNumber = ?1 and changedAt <= ?2 order by changedAt desc, id desc", recommendationNumber, at)
                .firstResultOptional();
    }
}
