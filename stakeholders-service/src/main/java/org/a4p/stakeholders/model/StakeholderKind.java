package org.a4p.stakeholders.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of stakeholder this is; the category says who it acts for. */
@Schema(description = "What sort of stakeholder this is")
public enum StakeholderKind {
    /** One of the five categories of the report's 'Stakeholder Action' column. */
    CATEGORY,
    INTERGOVERNMENTAL_BODY,
    SECRETARIAT_ENTITY,
    REGIONAL_ORGANIZATION,
    FIELD_MISSION
}
