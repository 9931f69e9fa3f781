-- Grain state, one row per (service, state name, grain key).
--
-- The provider passes the grain key as two 64-bit halves plus a string: a Guid key is split
-- into n0/n1, an integer key is n1, a string key is key_ext alone; key_ext also carries a
-- compound key's extension. A missing extension is stored as '' so the key has no NULLs and
-- the primary key both finds a row and stops two first writes of one grain from both inserting.
--
-- `version` is the ETag: a write names the version it read and succeeds only if it is still
-- current (see WriteToStorageKey in 0005).
--
-- payload is `json`, not `jsonb` and not bytea: the storage serializer (JsonStateSerializer)
-- writes UTF-8 JSON, which the statements convert to text, so an operator reads state with a
-- plain SELECT. `json` keeps the text exactly as written; jsonb would reorder keys and move a
-- polymorphic "$type" discriminator away from the front, where System.Text.Json expects it.

-- grain_key: the key as Orleans prints it (a Guid, an integer or the string key; "#extension" if any), so
-- an operator can find a grain's row: SELECT * FROM orleans_grain_state WHERE grain_key = '...'.
-- A Guid's halves are the little-endian int64s of Guid.ToByteArray(); int8send gives big-endian
-- bytes, hence the reordering below.
CREATE OR REPLACE FUNCTION orleans_grain_key(n0 bigint, n1 bigint, key_ext text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN n0 = 0 AND n1 = 0 AND key_ext <> '' THEN key_ext
        WHEN n0 = 0 THEN n1::text || CASE WHEN key_ext = '' THEN '' ELSE '#' || key_ext END
        ELSE
            substr(h0, 9, 8) || '-' || substr(h0, 5, 4) || '-' || substr(h0, 1, 4) || '-'
            || substr(h1, 15, 2) || substr(h1, 13, 2) || '-'
            || substr(h1, 11, 2) || substr(h1, 9, 2) || substr(h1, 7, 2) || substr(h1, 5, 2)
            || substr(h1, 3, 2) || substr(h1, 1, 2)
            || CASE WHEN key_ext = '' THEN '' ELSE '#' || key_ext END
    END
    FROM (SELECT encode(int8send(n0), 'hex') AS h0, encode(int8send(n1), 'hex') AS h1) AS hex
$$;

CREATE TABLE IF NOT EXISTS orleans_grain_state (
    service_id  text        NOT NULL,
    -- The provider's "grain type" argument: since Orleans 7 this is the state name given in
    -- [PersistentState("name", ...)], not the grain class.
    state_name  text        NOT NULL,
    n0          bigint      NOT NULL,
    n1          bigint      NOT NULL,
    key_ext     text        NOT NULL DEFAULT '',
    payload     json,
    version     integer     NOT NULL,
    modified_at timestamptz NOT NULL DEFAULT now(),
    grain_key   text        NOT NULL GENERATED ALWAYS AS (orleans_grain_key(n0, n1, key_ext)) STORED,
    PRIMARY KEY (service_id, state_name, n0, n1, key_ext)
);

CREATE INDEX IF NOT EXISTS orleans_grain_state_grain_key ON orleans_grain_state (grain_key);
