package org.a4p.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.recommendations.model.StatusChange;

import java.util.List;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepositoryBase<StatusChange, Long> {

    /** Oldest first; the id breaks ties between changes stamped with the same instant. */
    public List<StatusChange> historyOf(int recommendationNumber) {
        return list("recommendationNumber = ?1 order by changedAt, id", recommendationNumber);
    }
}
