-- Finding 11: user names are unique per panti, no longer one global namespace. An account grain
-- was keyed by the user name alone (state 'account', string key = the name); it is now keyed by
-- `code:user`, the panti's sign-in code and the user name. This migration moves every stored
-- account to its new key, so a deployment upgraded from before keeps every account, password,
-- token and setting:
--
-- 1. Every panti without a sign-in code gets one: its name made into a code (lower-case letters,
--    digits and '-', at most 20 characters), or 'p-' and the first 12 hex digits of its id when the
--    name gives fewer than 3 characters, the same code as another panti's, or a code already taken.
--    The demo panti (fixed id, see gateway/Commands/DemoSeed.cs) gets 'demo', as a fresh seed
--    would. The pimpinan sees the code on the Profil page (and GET /api/v1/panti); an operator
--    lists them all with
--      SELECT payload->'profile'->>'name', payload->'profile'->>'signInCode'
--      FROM orleans_grain_state WHERE state_name = 'panti';
--    Each code is also claimed under state 'pantiCode' (keyed by the code), which keeps codes unique.
-- 2. Every account row moves to key `code:user` (the row itself: same payload, same version).
-- 3. Under state 'legacyAccountName', keyed by the old name, each moved account leaves its new key,
--    so tokens issued before (`user.secret`, in scripts and calendar apps) keep working until they
--    expire. Browser sessions from before name no panti: their owners sign in once more.
--
-- String keys are stored with n0 = n1 = 0 and the key in key_ext (see 0003); a Guid key's text is
-- grain_key. An account whose panti row is missing cannot sign in before or after and is left as is.
-- The panti payload is rewritten through jsonb (key order changes); PantiState has no polymorphic
-- members, whose "$type" would have to stay first.

CREATE TEMPORARY TABLE panti_code_plan ON COMMIT DROP AS
WITH pending AS (
    SELECT service_id, n0, n1, key_ext, grain_key AS panti_id,
           left(trim(BOTH '-' FROM regexp_replace(lower(coalesce(payload->'profile'->>'name', '')), '[^a-z0-9]+', '-', 'g')), 20) AS raw_slug
    FROM orleans_grain_state
    WHERE state_name = 'panti' AND payload IS NOT NULL AND json_typeof(payload->'profile') = 'object'
      AND coalesce(payload->'profile'->>'signInCode', '') = ''
),
slugged AS (
    SELECT service_id, n0, n1, key_ext, panti_id, trim(BOTH '-' FROM raw_slug) AS slug FROM pending
)
SELECT s.service_id, s.n0, s.n1, s.key_ext, s.panti_id,
       CASE
           WHEN s.panti_id = '0d3e0000-0000-4000-8000-000000000001' THEN 'demo'
           WHEN length(s.slug) >= 3
                AND count(*) OVER (PARTITION BY s.service_id, s.slug) = 1
                AND NOT EXISTS (SELECT 1 FROM orleans_grain_state c
                                WHERE c.service_id = s.service_id AND c.state_name = 'pantiCode' AND c.key_ext = s.slug)
                AND s.slug <> 'demo'
               THEN s.slug
           ELSE 'p-' || left(replace(s.panti_id, '-', ''), 12)
       END AS code
FROM slugged s;

UPDATE orleans_grain_state g
SET payload = jsonb_set(g.payload::jsonb, '{profile,signInCode}', to_jsonb(plan.code))::json,
    version = g.version + 1,
    modified_at = now()
FROM panti_code_plan plan
WHERE g.service_id = plan.service_id AND g.state_name = 'panti'
  AND g.n0 = plan.n0 AND g.n1 = plan.n1 AND g.key_ext = plan.key_ext;

-- A second panti ending up with a code already claimed fails here, on the primary key, and the
-- whole migration rolls back rather than give two panti one code.
INSERT INTO orleans_grain_state (service_id, state_name, n0, n1, key_ext, payload, version)
SELECT service_id, 'pantiCode', 0, 0, code, json_build_object('pantiId', panti_id), 1
FROM panti_code_plan;

CREATE TEMPORARY TABLE account_moves ON COMMIT DROP AS
SELECT a.service_id, a.key_ext AS old_name, (p.payload->'profile'->>'signInCode') || ':' || a.key_ext AS new_key
FROM orleans_grain_state a
JOIN orleans_grain_state p
  ON p.service_id = a.service_id AND p.state_name = 'panti' AND p.grain_key = a.payload->>'pantiId'
WHERE a.state_name = 'account' AND a.n0 = 0 AND a.n1 = 0
  AND a.payload IS NOT NULL AND position(':' IN a.key_ext) = 0
  AND coalesce(p.payload->'profile'->>'signInCode', '') <> '';

UPDATE orleans_grain_state a
SET key_ext = m.new_key, modified_at = now()
FROM account_moves m
WHERE a.service_id = m.service_id AND a.state_name = 'account' AND a.n0 = 0 AND a.n1 = 0 AND a.key_ext = m.old_name;

INSERT INTO orleans_grain_state (service_id, state_name, n0, n1, key_ext, payload, version)
SELECT service_id, 'legacyAccountName', 0, 0, old_name, json_build_object('accountKey', new_key), 1
FROM account_moves
ON CONFLICT (service_id, state_name, n0, n1, key_ext) DO NOTHING;
