-- Durable reminders. grain_hash is the grain's uniform hash as a signed int, the form the
-- provider passes range bounds in: each silo reads the reminders of its hash range.
-- `version` is the ETag a reminder is deleted by.
CREATE TABLE IF NOT EXISTS orleans_reminder (
    service_id     text        NOT NULL,
    grain_id       text        NOT NULL,
    reminder_name  text        NOT NULL,
    start_time     timestamptz NOT NULL,
    -- Milliseconds.
    period         bigint      NOT NULL,
    grain_hash     integer     NOT NULL,
    version        integer     NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX IF NOT EXISTS orleans_reminder_hash ON orleans_reminder (service_id, grain_hash);
