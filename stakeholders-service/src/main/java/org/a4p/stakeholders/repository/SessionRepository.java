package org.a4p.stakeholders.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, String> {

    /**
     * Sessions of {@code body} that overlap [{@code from}, {@code to}]; each filter is optional (null),
     * and a session running across {@code from} or {@code to} is included.
     */
    public List<Session> search(String body, LocalDate from, LocalDate to) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (body != null) {
            where.add("body = :body");
            params.put("body", body);
        }
        if (from != null) {
            where.add("endsOn >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.add("startsOn <= :to");
            params.put("to", to);
        }
        Sort order = Sort.by("startsOn").and("id");
        return where.isEmpty() ? listAll(order) : find(String.join(" and ", where), order, params).list();
    }
}
