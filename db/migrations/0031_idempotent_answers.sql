-- Issue 9: what a command answered, by the Idempotency-Key its request carried, so a retried POST
-- (after a timeout or a 503) answers the first answer instead of making the change twice, even
-- after the grain moved or restarted. One row per grain, person and key (`grain` is the Orleans
-- grain id, e.g. `conference/…`); `fingerprint` is a hash of the request (method, path, body), so
-- the same key with another request is refused. Rows older than a day are forgotten: the grain
-- deletes its own when it records a new one.
CREATE TABLE IF NOT EXISTS idempotent_answers (
    grain       text        NOT NULL,
    panti_id    uuid        NOT NULL,
    staff_id    uuid        NOT NULL,
    key         text        NOT NULL,
    fingerprint text        NOT NULL,
    answer      json,
    at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (grain, panti_id, staff_id, key)
);
