package org.a4p.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.PositionChangeKind;
import org.a4p.recommendations.model.PositionChange;

import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class PositionChangeRepository implements PanacheRepositoryBase<PositionChange, Long> {

    /** Every state of every position of the recommendation, oldest first (the id breaks ties of one instant). */
    public List<PositionChange> historyOf(int number) {
        return list("recommendationNumber = ?1 order by changedAt, id", number);
    }

    /** Per stakeholder, the last state recorded at or before {@code at}; a REMOVED one means no position then. */
    public List<PositionChange> statesAt(int number, OffsetDateTime at) {
        @SuppressWarnings("unchecked")
        List<PositionChange> last = getEntityManager().createNativeQuery("""
                SELECT DISTINCT ON (stakeholder) * FROM position_change
                WHERE recommendation_number = :number AND changed_at <= :at
                ORDER BY stakeholder, changed_at DESC, id DESC""", PositionChange.class)
                .setParameter("number", number).setParameter("at", at).getResultList();
        return last.stream().filter(c -> c.kind == PositionChangeKind.SET).toList();
    }
}
