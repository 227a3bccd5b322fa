-- How a session ended, as the secretariat records it (PUT /sessions/{id}/outcome; issue 14). On the session's own row:
-- there is at most one outcome per session, recording it again replaces it and bumps the session's version (its ETag),
-- and cancelling (deleting) a session takes its outcome with it. All NULL while none is recorded.
ALTER TABLE body_session
    ADD COLUMN outcome VARCHAR(40) CHECK (outcome IN ('REPORT_ADOPTED', 'NO_SUBSTANTIVE_REPORT', 'SUSPENDED', 'POSTPONED')),
    ADD COLUMN outcome_document_symbol VARCHAR(100),
    ADD COLUMN outcome_note VARCHAR(2000),
    ADD COLUMN outcome_recorded_by VARCHAR(200),
    ADD COLUMN outcome_recorded_at TIMESTAMPTZ,
    -- an outcome always says who recorded it and when; without one, nothing else may be set
    ADD CONSTRAINT body_session_outcome_complete CHECK (
        (outcome IS NULL AND outcome_document_symbol IS NULL AND outcome_note IS NULL
             AND outcome_recorded_by IS NULL AND outcome_recorded_at IS NULL)
        OR (outcome IS NOT NULL AND outcome_recorded_by IS NOT NULL AND outcome_recorded_at IS NOT NULL)),
    -- the API refuses an adopted report without its symbol; a row written by hand must not hold one either
    ADD CONSTRAINT body_session_adopted_report_has_symbol CHECK (
        outcome IS DISTINCT FROM 'REPORT_ADOPTED' OR outcome_document_symbol IS NOT NULL);
