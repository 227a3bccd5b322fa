package org.a4p.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.StakeholderCategory;
import org.a4p.platform.problem.ProblemException;
import org.a4p.recommendations.model.KnownStakeholder;
import org.a4p.recommendations.repository.KnownStakeholderRepository;

/**
 * The local read model of stakeholders (code → category), kept from stakeholders-service's events so that
 * {@code ?body=C34} resolves without calling that service.
 */
@ApplicationScoped
public class StakeholderReadModel {

    private final KnownStakeholderRepository stakeholders;
    private final ReadCache cache;

    StakeholderReadModel(KnownStakeholderRepository stakeholders, ReadCache cache) {
        this.stakeholders = stakeholders;
        this.cache = cache;
    }

    /** Records what an upserted event says of a stakeholder; runs inside the consumer's transaction. */
    public void learn(String code, String name, String kind, String category) {
        cache.changedInThisTransaction(); // ?body= resolves through this read model
        KnownStakeholder known = stakeholders.findByIdOptional(code).orElseGet(() -> {
            KnownStakeholder created = new KnownStakeholder();
            created.code = code;
            return created;
        });
        known.name = name == null ? code : name;
        known.kind = kind;
        known.category = category;
        stakeholders.persist(known);
    }

    /** A stakeholder category's code, or a body's code known from stakeholders-service's events. */
    boolean isKnown(String code) {
        return StakeholderCategory.fromCode(code) != null || stakeholders.findByIdOptional(code).isPresent();
    }

    /** {@code body} is a category code, or a body's code resolved to its category; 400 when it is neither. */
    StakeholderCategory categoryOfBody(String body) {
        StakeholderCategory category = StakeholderCategory.fromCode(body);
        if (category != null) {
            return category;
        }
        category = stakeholders.findByIdOptional(body).map(known -> StakeholderCategory.fromCode(known.category)).orElse(null);
        if (category == null) {
            throw ProblemException.badRequest("body", "unknown body '" + body + "' (see GET /stakeholders on stakeholders-service)");
        }
        return category;
    }
}
