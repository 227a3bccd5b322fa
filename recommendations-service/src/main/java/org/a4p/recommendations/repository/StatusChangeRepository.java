package org.a4p.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.recommendations.model.StatusChange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepositoryBase<StatusChange, Long> {

    /** Oldest first; the id breaks ties between changes stamped with the same instant. */
    public List<StatusChange> historyOf(int recommendationNumber) {
        return list("recommendationNumber = ?1 order by changedAt, id", recommendationNumber);
    }

    /** The last change at or before {@code at}. */
    public Optional<StatusChange> lastAtOrBefore(int recommendationNumber, OffsetDateTime at) {
        return find("recommendationNumber = ?1 and changedAt <= ?2 order by changedAt desc, id desc", recommendationNumber, at)
                .firstResultOptional();
    }

    /** The first change after {@code at}: its from-status is what the status was at {@code at}. */
    public Optional<StatusChange> firstAfter(int recommendationNumber, OffsetDateTime at) {
        return find("recommendationNumber = ?1 and changedAt > ?2 order by changedAt, id", recommendationNumber, at)
                .firstResultOptional();
    }
}
