-- What the test app's consumer applied: no unique key, so an event applied twice shows as two rows.
CREATE TABLE applied_event (
    event_id   VARCHAR(200) NOT NULL,
    applied_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The lost stamp: the first sent_at stamp of a row keyed 'lost-stamp-...' fails, as if the database went away
-- after Kafka acknowledged the record. A sequence, because its increment survives the rolled-back transaction.
CREATE SEQUENCE stamp_fault_calls;
CREATE FUNCTION lose_first_stamp() RETURNS trigger AS $$
BEGIN
    IF nextval('stamp_fault_calls') = 1 THEN
        RAISE EXCEPTION 'stamp lost (test fault)';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER lose_first_stamp BEFORE UPDATE OF sent_at ON outbox_event
    FOR EACH ROW WHEN (NEW.record_key LIKE 'lost-stamp-%') EXECUTE FUNCTION lose_first_stamp();
