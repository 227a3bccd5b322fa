package org.a4p.stakeholders.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.platform.problem.ProblemException;
import org.a4p.stakeholders.repository.Stakeholder;
import org.a4p.stakeholders.repository.StakeholderCategory;
import org.a4p.stakeholders.repository.StakeholderKind;
import org.a4p.stakeholders.repository.StakeholderRepository;

import java.util.List;

@ApplicationScoped
public class StakeholderService {

    private final StakeholderRepository stakeholders;

    StakeholderService(StakeholderRepository stakeholders) {
        this.stakeholders = stakeholders;
    }

    public List<Stakeholder> list(StakeholderKind kind, StakeholderCategory category) {
        return stakeholders.search(kind, category);
    }

    public Stakeholder get(String code) {
        return stakeholders.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("no stakeholder with code '" + code + "'"));
    }

    /** A 400 naming {@code field} unless {@code code} is a stakeholder (a body, mission or category). */
    public Stakeholder requireKnown(String code, String field) {
        return stakeholders.findByIdOptional(code).orElseThrow(() -> ProblemException.badRequest(field,
                "unknown stakeholder '" + code + "'; GET /stakeholders lists the codes"));
    }
}
