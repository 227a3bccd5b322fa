package org.a4p.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.a4p.events.PositionChangeKind;
import org.a4p.recommendations.model.PositionChange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

@ApplicationScoped
public class PositionChangeRepository implements PanacheRepositoryBase<PositionChange, Long> {

    /** Every state of every position of the recommendation, oldest first (the id breaks ties of one instant). */
    public List<PositionChange> historyOf(int number) {
        return list("recommendationNumber = ?1 order by changedAt, id", number);
    }

    /** Per stakeholder, the last state recorded at or before {@code at}; a REMOVED one means no position then. */
    public List<PositionChange> statesAt(int number, OffsetDateTime at) {
        return lastStates(" AND recommendation_number = :number", at, q -> q.setParameter("number", number));
    }

    /** The positions of every recommendation at {@code at}: per recommendation and stakeholder, as {@link #statesAt(int, OffsetDateTime)}. */
    public List<PositionChange> statesAt(OffsetDateTime at) {
        return lastStates("", at, q -> { });
    }

    private List<PositionChange> lastStates(String and, OffsetDateTime at, Consumer<Query> bind) {
        Query query = getEntityManager().createNativeQuery("SELECT DISTINCT ON (recommendation_number, stakeholder) * "
                + "FROM position_change WHERE changed_at <= :at" + and
                + " ORDER BY recommendation_number, stakeholder, changed_at DESC, id DESC", PositionChange.class)
                .setParameter("at", at);
        bind.accept(query);
        @SuppressWarnings("unchecked")
        List<PositionChange> last = query.getResultList();
        return last.stream().filter(c -> c.kind == PositionChangeKind.SET).toList();
    }
}
