-- E-mail subscriptions (double opt-in), the language of their mails, digests and one-click unsubscribe.
-- A webhook subscription is confirmed from the start; an e-mail one only once the link of its confirmation mail is
-- used: the token is stored as its SHA-256 (hex), valid until confirm_expires_at, and kept after use so that a
-- second use is told apart from a wrong token. unsubscribe_token is sealed like the secret (it goes into every mail).
ALTER TABLE subscription
    ADD COLUMN language           VARCHAR(2)  NOT NULL DEFAULT 'en'
        CONSTRAINT subscription_language CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    ADD COLUMN digest             VARCHAR(10) NOT NULL DEFAULT 'NONE'
        CONSTRAINT subscription_digest CHECK (digest IN ('NONE', 'DAILY', 'WEEKLY')),
    ADD COLUMN confirmed          BOOLEAN     NOT NULL DEFAULT TRUE,
    ADD COLUMN confirmed_at       TIMESTAMPTZ,
    ADD COLUMN confirm_token_hash VARCHAR(64),
    ADD COLUMN confirm_expires_at TIMESTAMPTZ,
    ADD COLUMN unsubscribe_token  VARCHAR(400);
ALTER TABLE subscription ADD CONSTRAINT subscription_channel CHECK (channel IN ('WEBHOOK', 'EMAIL'));
CREATE INDEX subscription_unconfirmed ON subscription (confirm_expires_at) WHERE NOT confirmed;

-- What matched a digest subscription and waits for its next digest; digest_id is set when a digest took it.
CREATE TABLE digest_item (
    subscription_id UUID         NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    notification_id VARCHAR(200) NOT NULL REFERENCES notification (id),
    created_at      TIMESTAMPTZ  NOT NULL,
    digest_id       VARCHAR(200),
    PRIMARY KEY (subscription_id, notification_id)
);
CREATE INDEX digest_item_waiting ON digest_item (subscription_id, created_at) WHERE digest_id IS NULL;

-- One row per (subscription, period) that was handled: its primary key is what makes a digest go out once per
-- period, whatever the number of replicas or restarts. notification_id is null for a period with nothing to send.
CREATE TABLE digest_period (
    subscription_id UUID         NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    period_start    TIMESTAMPTZ  NOT NULL,
    period_end      TIMESTAMPTZ  NOT NULL,
    notification_id VARCHAR(200),
    items           INTEGER      NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (subscription_id, period_start)
);
