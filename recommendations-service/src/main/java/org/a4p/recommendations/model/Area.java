package org.a4p.recommendations.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An Area of Commitment. Seeded by migration; areas are reference data, not edited through the API. */
@Entity
@Table(name = "area")
public class Area {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "display_order", nullable = false)
    public int displayOrder;
}
