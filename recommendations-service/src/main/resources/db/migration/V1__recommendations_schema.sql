-- Areas of Commitment: the 8 groups of the report's recommendations table, in report order.
CREATE TABLE area (
    code          VARCHAR(64)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name          VARCHAR(200) NOT NULL UNIQUE,
    display_order INT          NOT NULL UNIQUE
);

CREATE TABLE recommendation (
    number             INT           PRIMARY KEY CHECK (number > 0),
    area_code          VARCHAR(64)   NOT NULL REFERENCES area (code),
    text               VARCHAR(2000) NOT NULL,
    stakeholder_action VARCHAR(500)  NOT NULL,
    a4p_paragraph      INT           NOT NULL CHECK (a4p_paragraph > 0),
    context            VARCHAR(1000) NOT NULL,
    status             VARCHAR(32)   NOT NULL CHECK (status IN ('PROPOSED', 'UNDER_CONSIDERATION', 'ACCEPTED',
                           'IN_PROGRESS', 'IMPLEMENTED', 'NOT_ACCEPTED', 'STALLED', 'SUPERSEDED')),
    status_changed_at  TIMESTAMPTZ   NOT NULL,
    version            BIGINT        NOT NULL,
    -- Full-text search (?q=) over the 'what' and the 'how'; kept by PostgreSQL, not by the application.
    search             TSVECTOR      GENERATED ALWAYS AS
                           (to_tsvector('english', text || ' ' || stakeholder_action)) STORED
);
CREATE INDEX recommendation_search ON recommendation USING GIN (search);
CREATE INDEX recommendation_area ON recommendation (area_code);

CREATE TABLE recommendation_stakeholder (
    recommendation_number INT         NOT NULL REFERENCES recommendation (number) ON DELETE CASCADE,
    stakeholder           VARCHAR(32) NOT NULL CHECK (stakeholder IN ('MEMBER_STATES', 'SECURITY_COUNCIL',
                              'SECRETARIAT', 'FIELD_MISSIONS', 'THINK_TANKS')),
    PRIMARY KEY (recommendation_number, stakeholder)
);
CREATE INDEX recommendation_stakeholder_by_code ON recommendation_stakeholder (stakeholder);

-- History: one row per status change, written in the transaction of the change.
CREATE TABLE status_change (
    id                    BIGSERIAL     PRIMARY KEY,
    recommendation_number INT           NOT NULL REFERENCES recommendation (number),
    from_status           VARCHAR(32)   NOT NULL,
    to_status             VARCHAR(32)   NOT NULL,
    changed_at            TIMESTAMPTZ   NOT NULL,
    changed_by            VARCHAR(200)  NOT NULL,
    note                  VARCHAR(2000),
    evidence_url          VARCHAR(2000)
);
CREATE INDEX status_change_by_recommendation ON status_change (recommendation_number, changed_at, id);

-- Read model of stakeholders-service's stakeholder-events (bodies, missions, categories). TEXT, not
-- VARCHAR(n): this service must never refuse what the owning service accepted.
CREATE TABLE known_stakeholder (
    code     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT,
    category TEXT NOT NULL
);
