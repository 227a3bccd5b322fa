package org.a4p.stakeholders.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The five stakeholder categories of the report; recommendations name these codes. */
@Schema(description = "One of the five stakeholder categories of the Challenges Forum 2018 report")
public enum StakeholderCategory {
    MEMBER_STATES,
    SECURITY_COUNCIL,
    SECRETARIAT,
    FIELD_MISSIONS,
    THINK_TANKS
}
