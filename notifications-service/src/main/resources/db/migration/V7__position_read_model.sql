-- Read model of recommendations-service's position-changed events (issue 14): each addressee's own acceptance and
-- implementation. A removed position stays as a tombstone (removed = TRUE) so that a late, older event cannot bring it
-- back: an event applies only if its position_version is newer than the row's. Seeded positions that never changed
-- have no event, hence no row. TEXT columns: this service must never refuse what the owning service accepted.
CREATE TABLE recommendation_position (
    number           INTEGER      NOT NULL,
    stakeholder      TEXT         NOT NULL,
    acceptance       TEXT         NOT NULL,
    implementation   TEXT         NOT NULL,
    note             TEXT,
    changed_at       TIMESTAMPTZ  NOT NULL,
    changed_by       TEXT,
    position_version BIGINT       NOT NULL,
    removed          BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (number, stakeholder)
);
