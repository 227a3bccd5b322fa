-- Secret rotation (POST /subscriptions/{id}/secret). The secret replaced last keeps signing webhooks, next to
-- the new one, until previous_secret_until, so a receiver can switch without losing a delivery; it is sealed
-- like secret. rotation_key is the Idempotency-Key of the last rotation: the same key again answers that
-- rotation instead of rotating twice. secret_rotated_by is the acting user (audit).
ALTER TABLE subscription
    ADD COLUMN previous_secret       VARCHAR(400),
    ADD COLUMN previous_secret_until TIMESTAMPTZ,
    ADD COLUMN secret_rotated_at     TIMESTAMPTZ,
    ADD COLUMN secret_rotated_by     VARCHAR(200),
    ADD COLUMN rotation_key          VARCHAR(200);
