package org.a4p.stakeholders.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.stakeholders.model.Session;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, String> {

    /**
     * Sessions of {@code body} that overlap [{@code from}, {@code to}]; each filter is optional (null),
     * and a session running across {@code from} or {@code to} is included.
     */
    public List<Session> search(String body, LocalDate from, LocalDate to) {
        return new Where().and("body = :body", "body", body)
                .and("endsOn >= :from", "from", from)
                .and("startsOn <= :to", "to", to)
                .list(this, Sort.by("startsOn").and("id"));
    }
}
