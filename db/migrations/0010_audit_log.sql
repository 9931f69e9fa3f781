-- CL6: every read of a case record is written here, and nobody can edit it. The table accepts
-- INSERT and SELECT only: a trigger refuses UPDATE, DELETE and TRUNCATE, for the application role
-- and for anyone who connects with it.
CREATE TABLE IF NOT EXISTS audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    panti_id    uuid        NOT NULL,
    staff_id    uuid        NOT NULL,
    action      text        NOT NULL,
    subject_id  uuid        NOT NULL,
    detail      text        NOT NULL DEFAULT '',
    at          timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS audit_log_panti_at ON audit_log (panti_id, at DESC, id DESC);

CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
