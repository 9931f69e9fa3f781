-- The statements the Orleans 10.4.2 ADO.NET providers run, stored under the keys they look up
-- (see 0001). Written for our tables in 0002-0004, against the provider contract:
--   * parameters arrive by name (@DeploymentId, @GrainIdN0, ...), typed by the provider;
--   * result columns are read by name, so every column is aliased to the name it expects;
--   * a statement that reports success returns exactly one boolean column.
-- Upserted, so a later migration can re-run this file's pattern to change a statement.

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Clustering ---------------------------------------------------------------------------------

-- Gateways an Orleans client may connect to: active silos that listen for clients.
('GatewaysQueryKey', $q$
SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
FROM orleans_membership
WHERE cluster_id = @DeploymentId AND status = @Status AND proxy_port > 0
$q$),

-- Reads return the table version on every row, and at least one row even without silos (the
-- provider takes the version from the first row), hence the version row LEFT JOIN silos.
('MembershipReadRowKey', $q$
SELECT v.version AS "Version",
       m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status",
       m.proxy_port AS "ProxyPort", m.suspect_times AS "SuspectTimes",
       m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
FROM orleans_membership_version v
LEFT JOIN orleans_membership m
       ON m.cluster_id = v.cluster_id
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.cluster_id = @DeploymentId
$q$),

('MembershipReadAllKey', $q$
SELECT v.version AS "Version",
       m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status",
       m.proxy_port AS "ProxyPort", m.suspect_times AS "SuspectTimes",
       m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
FROM orleans_membership_version v
LEFT JOIN orleans_membership m ON m.cluster_id = v.cluster_id
WHERE v.cluster_id = @DeploymentId
$q$),

-- Every starting silo tries this; true only for the one that created the row.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO orleans_membership_version (cluster_id) VALUES (@DeploymentId)
    ON CONFLICT (cluster_id) DO NOTHING
    RETURNING cluster_id)
SELECT EXISTS (SELECT 1 FROM created) AS "Created"
$q$),

-- Liveness heartbeat: deliberately outside the table version, as the protocol wants.
('UpdateIAmAlivetimeKey', $q$
UPDATE orleans_membership SET i_am_alive_time = @IAmAliveTime
WHERE cluster_id = @DeploymentId
  AND address = @Address AND port = @Port AND generation = @Generation
$q$),

-- Insert and update succeed only while @Version is still the table version. FOR UPDATE makes a
-- concurrent writer wait and then re-check the version, so of two silos that read the same
-- version exactly one wins; the loser changes nothing and gets false.
('InsertMembershipKey', $q$
WITH current_version AS (
    SELECT cluster_id FROM orleans_membership_version
    WHERE cluster_id = @DeploymentId AND version = @Version
    FOR UPDATE),
inserted AS (
    INSERT INTO orleans_membership (cluster_id, address, port, generation, silo_name, host_name,
                                    status, proxy_port, start_time, i_am_alive_time)
    SELECT cluster_id, @Address, @Port, @Generation, @SiloName, @HostName,
           @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM current_version
    ON CONFLICT (cluster_id, address, port, generation) DO NOTHING
    RETURNING cluster_id),
bumped AS (
    UPDATE orleans_membership_version SET version = version + 1, changed_at = now()
    WHERE cluster_id IN (SELECT cluster_id FROM inserted)
    RETURNING cluster_id)
SELECT EXISTS (SELECT 1 FROM bumped) AS "Succeeded"
$q$),

('UpdateMembershipKey', $q$
WITH current_version AS (
    SELECT cluster_id FROM orleans_membership_version
    WHERE cluster_id = @DeploymentId AND version = @Version
    FOR UPDATE),
updated AS (
    UPDATE orleans_membership m
    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
    FROM current_version c
    WHERE m.cluster_id = c.cluster_id
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING m.cluster_id),
bumped AS (
    UPDATE orleans_membership_version SET version = version + 1, changed_at = now()
    WHERE cluster_id IN (SELECT cluster_id FROM updated)
    RETURNING cluster_id)
SELECT EXISTS (SELECT 1 FROM bumped) AS "Succeeded"
$q$),

-- Silo rows go with the version row (ON DELETE CASCADE).
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleans_membership_version WHERE cluster_id = @DeploymentId
$q$),

-- Forget silos that are dead (status 6) and have been silent since @IAmAliveTime.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleans_membership
WHERE cluster_id = @DeploymentId AND status = 6 AND i_am_alive_time < @IAmAliveTime
$q$),

-- Reminders ----------------------------------------------------------------------------------

('ReadReminderRowsKey', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId AND grain_id = @GrainId
$q$),

-- A silo's slice of the hash ring, as signed ints: (begin, end] when begin < end ...
('ReadRangeRows1Key', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash
$q$),

-- ... and the wrapped-around slice otherwise.
('ReadRangeRows2Key', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
$q$),

('ReadReminderRowKey', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
FROM orleans_reminder
WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
$q$),

-- Returns the reminder's new version (its ETag).
('UpsertReminderRowKey', $q$
INSERT INTO orleans_reminder (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
SET start_time = EXCLUDED.start_time, period = EXCLUDED.period, grain_hash = EXCLUDED.grain_hash,
    version = orleans_reminder.version + 1
RETURNING version AS "Version"
$q$),

('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM orleans_reminder
    WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
      AND version = @Version
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM deleted) AS "Deleted"
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM orleans_reminder WHERE service_id = @ServiceId
$q$),

-- Grain state --------------------------------------------------------------------------------
-- The provider hands state over as bytes (PayloadBinary) and reads it back as bytes; the
-- statements convert between those UTF-8 bytes and the json column. @GrainIdHash and
-- @GrainTypeHash are sent too but not needed: the primary key finds the row.
-- On a version conflict a write or clear returns no row: the provider then raises
-- InconsistentStateException (it compares the returned version with the ETag it sent).

('ReadFromStorageKey', $q$
SELECT convert_to(payload::text, 'UTF8') AS "PayloadBinary", version AS "Version"
FROM orleans_grain_state
WHERE service_id = @ServiceId AND state_name = @GrainTypeString
  AND n0 = @GrainIdN0 AND n1 = @GrainIdN1 AND key_ext = coalesce(@GrainIdExtensionString, '')
$q$),

-- No ETag: first write, which inserts, or loses to another first write on the primary key.
-- An ETag: update only if it is still the stored version.
('WriteToStorageKey', $q$
WITH inserted AS (
    INSERT INTO orleans_grain_state (service_id, state_name, n0, n1, key_ext, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
           coalesce(@GrainIdExtensionString, ''), convert_from(@PayloadBinary, 'UTF8')::json, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT (service_id, state_name, n0, n1, key_ext) DO NOTHING
    RETURNING version),
updated AS (
    UPDATE orleans_grain_state
    SET payload = convert_from(@PayloadBinary, 'UTF8')::json, version = version + 1, modified_at = now()
    WHERE service_id = @ServiceId AND state_name = @GrainTypeString
      AND n0 = @GrainIdN0 AND n1 = @GrainIdN1 AND key_ext = coalesce(@GrainIdExtensionString, '')
      AND version = @GrainStateVersion
    RETURNING version)
SELECT version AS "NewGrainStateVersion" FROM inserted
UNION ALL
SELECT version FROM updated
$q$),

-- Clearing keeps the row with no payload and a new version, so the ETag chain continues.
('ClearStorageKey', $q$
UPDATE orleans_grain_state SET payload = NULL, version = version + 1, modified_at = now()
WHERE service_id = @ServiceId AND state_name = @GrainTypeString
  AND n0 = @GrainIdN0 AND n1 = @GrainIdN1 AND key_ext = coalesce(@GrainIdExtensionString, '')
  AND version = @GrainStateVersion
RETURNING version AS "NewGrainStateVersion"
$q$),

-- Optional key, used only with DeleteStateOnClear = true: removes the row; returns version + 1
-- as the provider expects.
('DeleteStorageKey', $q$
DELETE FROM orleans_grain_state
WHERE service_id = @ServiceId AND state_name = @GrainTypeString
  AND n0 = @GrainIdN0 AND n1 = @GrainIdN1 AND key_ext = coalesce(@GrainIdExtensionString, '')
  AND version = @GrainStateVersion
RETURNING version + 1 AS "NewGrainStateVersion"
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
