-- Issue 14, parts 7 and 8: what the briefings need besides the current state.

-- The report's name of each Area of Commitment, from recommendation.upserted (areaName): briefings show names, not codes.
-- Rows from before this migration get it with their next upsert; until then the briefing shows the code.
ALTER TABLE recommendation ADD COLUMN area_name TEXT;

-- How each session ended (org.a4p.session.outcome-recorded.v1), for the briefing of the body's next session. One row per
-- session, the newest version wins (a late, older event changes nothing); the session's cancellation removes it.
-- TEXT columns: this service must never refuse what the owning service accepted.
CREATE TABLE session_outcome (
    session_id      VARCHAR(200) PRIMARY KEY,
    body            TEXT         NOT NULL,
    outcome         TEXT         NOT NULL,
    document_symbol TEXT,
    note            TEXT,
    recorded_by     TEXT,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL
);

-- Every position-changed event we were told of (recommendation_position keeps only the newest), so that a briefing for a
-- session that has started lists each addressee's position as it was at the session's start. An older event overtaken
-- by a newer one is history too, so every event id is kept. Seeded positions that never changed have no row (as in
-- recommendation_position): the initial PENDING/NOT_STARTED applies until the first change.
CREATE TABLE position_change (
    event_id         VARCHAR(200) PRIMARY KEY,
    number           INTEGER      NOT NULL,
    stakeholder      TEXT         NOT NULL,
    acceptance       TEXT         NOT NULL,
    implementation   TEXT         NOT NULL,
    note             TEXT,
    changed_at       TIMESTAMPTZ  NOT NULL,
    changed_by       TEXT,
    position_version BIGINT       NOT NULL,
    removed          BOOLEAN      NOT NULL
);
CREATE INDEX position_change_as_of ON position_change (stakeholder, number, changed_at);

-- What V7 already held is the only history known from before: each position's last state, from its changed_at on.
INSERT INTO position_change (event_id, number, stakeholder, acceptance, implementation, note, changed_at, changed_by,
                             position_version, removed)
SELECT 'v7:' || number || ':' || stakeholder || ':' || position_version, number, stakeholder, acceptance, implementation,
       note, changed_at, changed_by, position_version, removed
FROM recommendation_position;
