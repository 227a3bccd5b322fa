package org.a4p.stakeholders.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.a4p.events.StakeholderCategory;

/** A stakeholder category, a body acting for one, or a field mission. Seeded by Flyway. */
@Entity
@Table(name = "stakeholder")
public class Stakeholder {

    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public StakeholderKind kind;
    @Enumerated(EnumType.STRING)
    public StakeholderCategory category;
    public String description;
    /** A mission whose mandate has ended; kept because the report and past sessions refer to it. */
    public boolean closed;
}
