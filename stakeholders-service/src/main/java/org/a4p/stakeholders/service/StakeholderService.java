package org.a4p.stakeholders.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.platform.problem.ProblemException;
import org.a4p.stakeholders.mapping.EventData;
import org.a4p.stakeholders.model.Stakeholder;
import org.a4p.events.StakeholderCategory;
import org.a4p.stakeholders.model.StakeholderKind;
import org.a4p.stakeholders.repository.StakeholderRepository;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

@ApplicationScoped
public class StakeholderService {

    /** The longest stakeholder code (the column's width). */
    public static final int CODE_LENGTH = 40;
    /** Codes appear in URLs, filters, event keys and other services' read models: upper-case identifiers only. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1," + (CODE_LENGTH - 1) + "}");

    private final StakeholderRepository stakeholders;
    private final StakeholderEvents events;

    StakeholderService(StakeholderRepository stakeholders, StakeholderEvents events) {
        this.stakeholders = stakeholders;
        this.events = events;
    }

    public record Saved(Stakeholder stakeholder, boolean created) {
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

    /**
     * Adds or replaces a stakeholder and publishes it as upserted; an identical replacement publishes
     * nothing. The five categories stay what the report defines: they cannot change kind or category,
     * and no other stakeholder can become a category.
     */
    @Transactional
    public Saved put(Stakeholder draft) {
        validate(draft);
        Stakeholder current = stakeholders.findById(draft.code);
        if (current != null && EventData.stakeholder(current).equals(EventData.stakeholder(draft))) {
            return new Saved(current, false);
        }
        Stakeholder saved = current == null ? draft : current;
        if (current != null) {
            current.name = draft.name;
            current.kind = draft.kind;
            current.category = draft.category;
            current.description = draft.description;
            current.closed = draft.closed;
        } else {
            stakeholders.persist(draft);
        }
        events.upserted(saved);
        return new Saved(saved, current == null);
    }

    private static void validate(Stakeholder s) {
        if (!CODE.matcher(s.code).matches()) {
            throw ProblemException.badRequest("code", "must be 2-" + CODE_LENGTH + " upper-case letters, digits or '_', starting with a letter");
        }
        boolean isCategory = StakeholderCategory.fromCode(s.code) != null;
        if (isCategory != (s.kind == StakeholderKind.CATEGORY)) {
            throw ProblemException.badRequest("kind", isCategory
                    ? "'" + s.code + "' is one of the five report categories; its kind is CATEGORY"
                    : "CATEGORY is reserved for the five report categories " + Arrays.toString(StakeholderCategory.values()));
        }
        if (isCategory && !s.category.name().equals(s.code)) {
            throw ProblemException.badRequest("category", "a category's category is itself (" + s.code + ")");
        }
        if (s.closed && s.kind != StakeholderKind.FIELD_MISSION) {
            throw ProblemException.badRequest("closed", "only a FIELD_MISSION can be closed");
        }
    }
}
