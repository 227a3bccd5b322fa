package org.a4p.recommendations.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.recommendations.model.StatusChange;

import java.time.OffsetDateTime;
import java.util.Optional;

@ApplicationScoped
public class StatusChangeRepository extends RecommendationChanges<StatusChange> {

    /** The first change after {@code at}: its from-status is what the status was at {@code at}. */
    public Optional<StatusChange> firstAfter(int recommendationNumber, OffsetDateTime at) {
        return find("recommendationNumber = ?1 and changedAt > ?2 order by changedAt, id", recommendationNumber, at)
                .firstResultOptional();
    }
}
