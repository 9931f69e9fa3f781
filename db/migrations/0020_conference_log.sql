-- A KK's minutes entries and feed events, one row each, appended (issue 9). A command writes only
-- the rows it adds, so its cost follows the change, not the KK's history; the conference grain's
-- own state (orleans_grain_state, state 'conference') keeps everything else and no entries.
--
-- `at` is for people and queries; `at_exact` (ISO 8601 round-trip text) is what the grain reads
-- back, because timestamptz keeps neither the 100 ns the KK10 seal hashes nor the offset written.

-- LV1: every event of a KK, numbered from 1 without gaps. The primary key is also what keeps two
-- activations of one KK (a silo wrongly thought dead) from both writing event n.
CREATE TABLE IF NOT EXISTS conference_events (
    conference_id uuid        NOT NULL,
    sequence      bigint      NOT NULL,
    at            timestamptz NOT NULL,
    at_exact      text        NOT NULL,
    kind          text        NOT NULL,
    json          json        NOT NULL,
    PRIMARY KEY (conference_id, sequence)
);

-- KK3: the minutes entries. `sequence` is the event that recorded the entry (the KK's version
-- right after it; null for entries moved here from grain state written before this table).
-- `idempotency_key` is the client's key for the POST that wrote the entry: a retry with the same
-- key answers this row instead of writing another, even after the grain moved or restarted.
CREATE TABLE IF NOT EXISTS conference_minutes (
    conference_id   uuid        NOT NULL,
    number          integer     NOT NULL,
    at              timestamptz NOT NULL,
    at_exact        text        NOT NULL,
    recorded_by     uuid        NOT NULL,
    text            text        NOT NULL,
    amends          integer,
    sequence        bigint,
    idempotency_key text,
    PRIMARY KEY (conference_id, number),
    UNIQUE (conference_id, idempotency_key)
);
