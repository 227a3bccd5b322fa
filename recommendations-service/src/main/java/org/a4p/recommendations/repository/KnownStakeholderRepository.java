package org.a4p.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.recommendations.model.KnownStakeholder;

@ApplicationScoped
public class KnownStakeholderRepository implements PanacheRepositoryBase<KnownStakeholder, String> {
}
