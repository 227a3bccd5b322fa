-- Shared by every service (located with quarkus.flyway.locations=db/migration,db/platform).

-- Transactional outbox: a row is written in the same transaction as the change it announces;
-- the relay publishes unsent rows in seq order and stamps sent_at.
CREATE TABLE outbox_event (
    seq        BIGSERIAL    PRIMARY KEY,
    id         UUID         NOT NULL UNIQUE,
    topic      VARCHAR(200) NOT NULL,
    record_key VARCHAR(200) NOT NULL,
    type       VARCHAR(200) NOT NULL,
    payload    TEXT         NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at    TIMESTAMPTZ
);
CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;

-- Consumer-side deduplication: (consumer, event id) is recorded in the transaction that applies the event.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- One-time jobs such as the first-start snapshot: a row per job that has run.
CREATE TABLE platform_marker (
    name       VARCHAR(100) PRIMARY KEY,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
