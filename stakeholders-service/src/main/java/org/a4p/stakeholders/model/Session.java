package org.a4p.stakeholders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A meeting of a body where its members can act on recommendations; dates are whole days, inclusive. */
@Entity
@Table(name = "body_session")
public class Session {

    @Id
    public String id;
    /** The stakeholder code of the body that meets. */
    public String body;
    public String title;
    @Enumerated(EnumType.STRING)
    public SessionKind kind;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    public String location;
    public boolean tentative;
    /** How it ended, once the secretariat recorded it; null before. */
    @Embedded
    public RecordedOutcome outcome;
    /** Bumped by every change; served as the ETag and checked against If-Match. */
    @Version
    public long version;
}
