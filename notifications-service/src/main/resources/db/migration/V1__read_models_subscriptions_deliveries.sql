-- Read models, fed only by events (this service never reads another service's database).
CREATE TABLE recommendation (
    number       INTEGER      PRIMARY KEY,
    area         VARCHAR(100),
    text         TEXT,
    stakeholders TEXT[]       NOT NULL DEFAULT '{}',
    status       VARCHAR(40),
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX recommendation_stakeholders ON recommendation USING GIN (stakeholders);

CREATE TABLE stakeholder (
    code     VARCHAR(100) PRIMARY KEY,
    name     TEXT,
    kind     VARCHAR(100),
    category VARCHAR(100),
    closed   BOOLEAN      NOT NULL DEFAULT FALSE
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
CREATE INDEX session_body_start ON session (body, starts_on);

-- Every status transition we were told about, for "what changed since the previous session".
CREATE TABLE status_change (
    event_id      VARCHAR(200) PRIMARY KEY,
    number        INTEGER      NOT NULL,
    from_status   VARCHAR(40),
    to_status     VARCHAR(40)  NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL,
    changed_by    TEXT,
    note          TEXT,
    evidence_url  TEXT
);
CREATE INDEX status_change_number_at ON status_change (number, changed_at);

CREATE TABLE subscription (
    id              UUID         PRIMARY KEY,
    subscriber      VARCHAR(200) NOT NULL,
    channel         VARCHAR(20)  NOT NULL,
    target          VARCHAR(2000) NOT NULL,
    secret          VARCHAR(100) NOT NULL,
    recommendations INTEGER[]    NOT NULL DEFAULT '{}',
    areas           TEXT[]       NOT NULL DEFAULT '{}',
    stakeholders    TEXT[]       NOT NULL DEFAULT '{}',
    bodies          TEXT[]       NOT NULL DEFAULT '{}',
    lead_days       INTEGER[]    NOT NULL DEFAULT '{}',
    created_at      TIMESTAMPTZ  NOT NULL
);

-- One row per notification (a status change or a briefing), shared by all its deliveries: the exact
-- bytes that are signed and sent, and that the feed shows. id = source event id, or a deterministic
-- id for a briefing.
CREATE TABLE notification (
    id         VARCHAR(200) PRIMARY KEY,
    type       VARCHAR(200) NOT NULL,
    payload    TEXT         NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);

-- One row per (subscription, notification): recorded before the first attempt, in the transaction
-- that consumed the event. The UNIQUE constraint is what makes a redelivered event a no-op.
-- id is assigned under an advisory lock, so it follows commit order and serves as the feed cursor.
CREATE TABLE delivery (
    id               BIGSERIAL    PRIMARY KEY,
    subscription_id  UUID         NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    notification_id  VARCHAR(200) NOT NULL REFERENCES notification (id),
    status           VARCHAR(20)  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    round_attempts   INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ,
    last_http_status INTEGER,
    last_error       TEXT,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT delivery_once UNIQUE (subscription_id, notification_id)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_feed ON delivery (subscription_id, id);

CREATE TABLE delivery_attempt (
    id          BIGSERIAL   PRIMARY KEY,
    delivery_id BIGINT      NOT NULL REFERENCES delivery (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ NOT NULL,
    http_status INTEGER,
    error       TEXT,
    duration_ms BIGINT      NOT NULL
);
CREATE INDEX delivery_attempt_delivery ON delivery_attempt (delivery_id, id);
