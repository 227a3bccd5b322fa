package org.a4p.recommendations.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.a4p.events.A4pPlusPriority;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    public Integer number;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "area_code", nullable = false)
    public Area area;

    @Column(nullable = false, length = 2000)
    public String text;

    @Column(name = "stakeholder_action", nullable = false, length = 500)
    public String stakeholderAction;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recommendation_stakeholder", joinColumns = @JoinColumn(name = "recommendation_number"))
    @Column(name = "stakeholder", nullable = false)
    @Enumerated(EnumType.STRING)
    public Set<StakeholderCategory> stakeholders = EnumSet.noneOf(StakeholderCategory.class);

    @Column(name = "a4p_paragraph", nullable = false)
    public int a4pParagraph;

    @Column(nullable = false, length = 1000)
    public String context;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecommendationStatus status;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    /** The A4P+ priorities and cross-cutting themes the secretariat mapped it to (PriorityService); none seeded. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recommendation_priority", joinColumns = @JoinColumn(name = "recommendation_number"))
    @Column(name = "priority", nullable = false)
    @Enumerated(EnumType.STRING)
    @Fetch(FetchMode.SUBSELECT)
    public Set<A4pPlusPriority> priorities = EnumSet.noneOf(A4pPlusPriority.class);

    /** One per addressee; changed only through PositionService, which keeps this set in step. */
    @OneToMany(mappedBy = "recommendation", fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    public Set<Position> positions = new HashSet<>();

    /** When it was added (the seed: the Forum's last day); before that, reads as of a moment do not show it. */
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The day it was issued (the seed: the Forum's last day), which "outstanding for more than 5 years" counts from. */
    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    /** Bumped by every change (edit, status, position or priorities change); served as the ETag and checked against If-Match. */
    @Version
    public long version;

    /** The stakeholder codes in their canonical (enum) order, whatever order the set keeps them in. */
    public List<StakeholderCategory> sortedStakeholders() {
        return stakeholders.stream().sorted().toList();
    }

    /** The A4P+ codes in their canonical (enum) order. */
    public List<A4pPlusPriority> sortedPriorities() {
        return priorities.stream().sorted().toList();
    }
}
