package org.a4p.stakeholders.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.stakeholders.model.Stakeholder;
import org.a4p.events.StakeholderCategory;
import org.a4p.stakeholders.model.StakeholderKind;

import java.util.List;

@ApplicationScoped
public class StakeholderRepository implements PanacheRepositoryBase<Stakeholder, String> {

    /** Filters are optional (null = any); ordered by code so lists and snapshots are stable. */
    public List<Stakeholder> search(StakeholderKind kind, StakeholderCategory category) {
        return new Where().and("kind = :kind", "kind", kind)
                .and("category = :category", "category", category)
                .list(this, Sort.by("code"));
    }
}
