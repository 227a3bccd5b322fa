-- Positions (who has accepted and implemented what) and session outcomes, fed by their events.
-- A category named in a recommendation's stakeholders has a PENDING / NOT_STARTED position until an event says
-- otherwise (the producer seeds exactly that, without an event), so only positions an event touched have a row.
-- A removed position keeps its row as a tombstone (removed = true): an older event arriving late cannot bring it
-- back, and a category in the stakeholders list does not get its implicit pending position again.
-- version is the recommendation's version after the change (a position change bumps it): monotonic per
-- recommendation, unlike the position's own version, which starts again at 0 when an addressee is re-added.
CREATE TABLE position (
    number         INTEGER      NOT NULL,
    stakeholder    VARCHAR(100) NOT NULL,
    acceptance     VARCHAR(40)  NOT NULL,
    implementation VARCHAR(40)  NOT NULL,
    note           TEXT,
    evidence       TEXT         NOT NULL DEFAULT '[]',
    changed_at     TIMESTAMPTZ,
    changed_by     TEXT,
    removed        BOOLEAN      NOT NULL DEFAULT FALSE,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (number, stakeholder)
);
CREATE INDEX position_stakeholder ON position (stakeholder);

-- Every position change we were told about: part of a recommendation's timeline.
CREATE TABLE position_change (
    event_id                VARCHAR(200) PRIMARY KEY,
    number                  INTEGER      NOT NULL,
    stakeholder             VARCHAR(100) NOT NULL,
    change                  VARCHAR(20)  NOT NULL,
    acceptance              VARCHAR(40)  NOT NULL,
    implementation          VARCHAR(40)  NOT NULL,
    previous_acceptance     VARCHAR(40),
    previous_implementation VARCHAR(40),
    note                    TEXT,
    evidence                TEXT         NOT NULL DEFAULT '[]',
    changed_at              TIMESTAMPTZ  NOT NULL,
    changed_by              TEXT,
    version                 BIGINT       NOT NULL
);
CREATE INDEX position_change_number_at ON position_change (number, changed_at);

-- How a session ended, newest recorded version only. Not a column of session: a session event does not carry the
-- outcome and must not clear it.
CREATE TABLE session_outcome (
    id              VARCHAR(200) PRIMARY KEY,
    body            VARCHAR(100) NOT NULL,
    outcome         VARCHAR(40)  NOT NULL,
    document_symbol TEXT,
    note            TEXT,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL
);
