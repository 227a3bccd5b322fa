-- The stakeholders who can act on the recommendations and the calendar of the sessions where they act.
-- Enum-like columns carry CHECK constraints so that data written by hand (psql, a later migration)
-- cannot hold a value the API would fail to serve.

CREATE TABLE stakeholder (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(40)  NOT NULL CHECK (kind IN ('CATEGORY', 'INTERGOVERNMENTAL_BODY', 'SECRETARIAT_ENTITY',
                                                    'REGIONAL_ORGANIZATION', 'FIELD_MISSION')),
    -- every stakeholder belongs to one of the five categories of the report, a category to itself
    category    VARCHAR(40)  NOT NULL REFERENCES stakeholder (code) CHECK (category IN ('MEMBER_STATES',
                    'SECURITY_COUNCIL', 'SECRETARIAT', 'FIELD_MISSIONS', 'THINK_TANKS')),
    description VARCHAR(500) NOT NULL,
    closed      BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE body_session (
    id         VARCHAR(64)  PRIMARY KEY,
    body       VARCHAR(40)  NOT NULL REFERENCES stakeholder (code),
    title      VARCHAR(200) NOT NULL,
    kind       VARCHAR(40)  NOT NULL CHECK (kind IN ('C34_SUBSTANTIVE', 'FIFTH_COMMITTEE_RESUMED', 'DEFENCE_MINISTERIAL',
                                                   'SECURITY_COUNCIL_MEETING', 'GENERAL_ASSEMBLY_MEETING', 'OTHER')),
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    location   VARCHAR(200),
    tentative  BOOLEAN      NOT NULL DEFAULT FALSE,
    CHECK (ends_on >= starts_on)
);
-- GET /sessions filters by body and by date overlap, and orders by start
CREATE INDEX body_session_body ON body_session (body, starts_on);
CREATE INDEX body_session_dates ON body_session (starts_on, ends_on);
