package org.a4p.stakeholders.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class StakeholderRepository implements PanacheRepositoryBase<Stakeholder, String> {

    /** Filters are optional (null = any); ordered by code so lists and snapshots are stable. */
    public List<Stakeholder> search(StakeholderKind kind, StakeholderCategory category) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.add("kind = :kind");
            params.put("kind", kind);
        }
        if (category != null) {
            where.add("category = :category");
            params.put("category", category);
        }
        return where.isEmpty() ? listAll(Sort.by("code"))
                : find(String.join(" and ", where), Sort.by("code"), params).list();
    }
}
