-- Positions (issue 14): each addressee of a recommendation answers for itself (the JIU model). One row per
-- (recommendation, stakeholder); the stakeholder is a category or a body's code (KnownStakeholder), checked by the
-- service, not here: this table must keep a body whose read-model row arrives later.
ALTER TABLE recommendation ADD COLUMN created_at TIMESTAMPTZ;
UPDATE recommendation r SET created_at = LEAST(r.status_changed_at,
    (SELECT min(sc.changed_at) FROM status_change sc WHERE sc.recommendation_number = r.number));
ALTER TABLE recommendation ALTER COLUMN created_at SET NOT NULL;

CREATE TABLE position (
    recommendation_number INT           NOT NULL REFERENCES recommendation (number),
    stakeholder           VARCHAR(64)   NOT NULL CHECK (stakeholder ~ '^[A-Z][A-Z0-9_]*$'),
    acceptance            VARCHAR(32)   NOT NULL CHECK (acceptance IN ('PENDING', 'ACCEPTED', 'PARTIALLY_ACCEPTED',
                              'NOT_ACCEPTED', 'NOT_RELEVANT')),
    implementation        VARCHAR(32)   NOT NULL CHECK (implementation IN ('NOT_STARTED', 'IN_PROGRESS', 'STALLED',
                              'IMPLEMENTED')),
    note                  VARCHAR(2000),
    evidence              JSONB         NOT NULL DEFAULT '[]',
    updated_at            TIMESTAMPTZ   NOT NULL,
    updated_by            VARCHAR(200)  NOT NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (recommendation_number, stakeholder),
    CONSTRAINT implementation_needs_acceptance CHECK (implementation = 'NOT_STARTED'
        OR acceptance IN ('ACCEPTED', 'PARTIALLY_ACCEPTED'))
);

-- Every state a position has had, appended in the transaction of the change: the history lists these (but not
-- the initial ones), and reads "as of" a moment take, per position, the last row at or before it.
CREATE TABLE position_change (
    id                    BIGSERIAL     PRIMARY KEY,
    recommendation_number INT           NOT NULL REFERENCES recommendation (number),
    stakeholder           VARCHAR(64)   NOT NULL,
    kind                  VARCHAR(16)   NOT NULL CHECK (kind IN ('SET', 'REMOVED')),
    acceptance            VARCHAR(32)   NOT NULL CHECK (acceptance IN ('PENDING', 'ACCEPTED', 'PARTIALLY_ACCEPTED',
                              'NOT_ACCEPTED', 'NOT_RELEVANT')),
    implementation        VARCHAR(32)   NOT NULL CHECK (implementation IN ('NOT_STARTED', 'IN_PROGRESS', 'STALLED',
                              'IMPLEMENTED')),
    note                  VARCHAR(2000),
    evidence              JSONB         NOT NULL DEFAULT '[]',
    changed_at            TIMESTAMPTZ   NOT NULL,
    changed_by            VARCHAR(200)  NOT NULL,
    version               BIGINT        NOT NULL,
    -- the state a position started in (seeded, or added with its recommendation): not a change to list
    initial               BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX position_change_by_position ON position_change (recommendation_number, stakeholder, changed_at, id);

-- Evidence as references to UN documents, on status changes too (evidence_url stays).
ALTER TABLE status_change ADD COLUMN evidence JSONB NOT NULL DEFAULT '[]';

-- The seed: one PENDING / NOT_STARTED position per stakeholder category named in each recommendation's
-- 'Stakeholder Action' (recommendation_stakeholder, derived from the report's column), as of its creation.
INSERT INTO position (recommendation_number, stakeholder, acceptance, implementation, updated_at, updated_by, version)
SELECT rs.recommendation_number, rs.stakeholder, 'PENDING', 'NOT_STARTED', r.created_at, 'seed', 0
FROM recommendation_stakeholder rs JOIN recommendation r ON r.number = rs.recommendation_number;

INSERT INTO position_change (recommendation_number, stakeholder, kind, acceptance, implementation, changed_at, changed_by,
                             version, initial)
SELECT recommendation_number, stakeholder, 'SET', acceptance, implementation, updated_at, updated_by, version, TRUE
FROM position ORDER BY recommendation_number, stakeholder;
