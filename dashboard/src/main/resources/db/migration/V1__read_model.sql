-- The dashboard's read model, fed only by events (it never reads another service's database). What the pages show
-- is exactly what these tables hold, so the pages keep working, with the last known data, while the others are down.
CREATE TABLE recommendation (
    number             INTEGER      PRIMARY KEY,
    area               VARCHAR(100) NOT NULL,
    area_name          TEXT,
    text               TEXT,
    stakeholder_action TEXT,
    stakeholders       TEXT[]       NOT NULL DEFAULT '{}',
    a4p_paragraph      INTEGER,
    context            TEXT,
    status             VARCHAR(40)  NOT NULL,
    status_changed_at  TIMESTAMPTZ,
    version            BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX recommendation_area ON recommendation (area);
CREATE INDEX recommendation_stakeholders ON recommendation USING GIN (stakeholders);

-- Every status transition we were told about: a recommendation's timeline.
CREATE TABLE status_change (
    event_id     VARCHAR(200) PRIMARY KEY,
    number       INTEGER      NOT NULL,
    from_status  VARCHAR(40),
    to_status    VARCHAR(40)  NOT NULL,
    changed_at   TIMESTAMPTZ  NOT NULL,
    changed_by   TEXT,
    note         TEXT,
    evidence_url TEXT,
    version      BIGINT       NOT NULL
);
CREATE INDEX status_change_number_at ON status_change (number, changed_at);

CREATE TABLE stakeholder (
    code        VARCHAR(100) PRIMARY KEY,
    name        TEXT,
    kind        VARCHAR(100),
    category    VARCHAR(100),
    description TEXT,
    closed      BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE session (
    id        VARCHAR(200) PRIMARY KEY,
    body      VARCHAR(100) NOT NULL,
    title     TEXT,
    kind      VARCHAR(100),
    starts_on DATE         NOT NULL,
    ends_on   DATE,
    location  TEXT,
    tentative BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX session_start ON session (starts_on);

-- "Data as of": the time of the newest event applied, per topic (one row each).
CREATE TABLE data_as_of (
    topic      VARCHAR(100) PRIMARY KEY,
    event_time TIMESTAMPTZ  NOT NULL
);
