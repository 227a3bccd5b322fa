-- Sessions carry a version, bumped by every change: served as the ETag and checked against If-Match, so that of
-- two edits made from the same reading the second is refused (412) instead of silently overwriting the first.
ALTER TABLE body_session ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
