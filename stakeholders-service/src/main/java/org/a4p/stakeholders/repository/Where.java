package org.a4p.stakeholders.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The optional filters of a list query: a filter whose value is null is left out, the rest combine with and. */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** @param clause an HQL condition naming the parameter {@code :name} */
    Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
        return this;
    }

    <E> List<E> list(PanacheRepositoryBase<E, ?> repository, Sort order) {
        return clauses.isEmpty() ? repository.listAll(order)
                : repository.find(String.join(" and ", clauses), order, params).list();
    }
}
