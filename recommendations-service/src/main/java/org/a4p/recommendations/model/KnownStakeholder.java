package org.a4p.recommendations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Local read model of a stakeholder owned by stakeholders-service, built from its
 * {@code org.a4p.stakeholder.upserted.v1} events; used to resolve {@code ?body=} to a category.
 */
@Entity
@Table(name = "known_stakeholder")
public class KnownStakeholder {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    public String kind;

    @Column(nullable = false)
    public String category;
}
