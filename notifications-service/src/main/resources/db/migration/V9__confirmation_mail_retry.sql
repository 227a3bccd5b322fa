-- A confirmation mail is sent again until the mail server takes it or its link expires, as alerts are: before, a mail
-- server that was down or slow when somebody subscribed lost that mail for good. Its token is kept sealed (like the
-- secret) only until the mail is taken, since the mail carries the only other copy; confirm_mail_due_at is when the
-- next attempt may start (during an attempt, when its lease ends), null once the mail was taken.
ALTER TABLE subscription
    ADD COLUMN confirm_token_sealed  VARCHAR(400),
    ADD COLUMN confirm_mail_due_at   TIMESTAMPTZ,
    ADD COLUMN confirm_mail_attempts INTEGER NOT NULL DEFAULT 0;
CREATE INDEX subscription_confirmation_mail_due ON subscription (confirm_mail_due_at) WHERE confirm_mail_due_at IS NOT NULL;
