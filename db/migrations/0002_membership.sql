-- Cluster membership: which silos exist, their status and liveness, per cluster id.
--
-- Orleans' membership protocol is optimistic over the whole table: every insert or update of a
-- silo row names the table version the silo last read, and succeeds only if that is still the
-- current version, bumping it. One version row per cluster holds that number.
CREATE TABLE IF NOT EXISTS orleans_membership_version (
    cluster_id  text        PRIMARY KEY,
    version     integer     NOT NULL DEFAULT 0,
    changed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS orleans_membership (
    cluster_id       text        NOT NULL REFERENCES orleans_membership_version (cluster_id) ON DELETE CASCADE,
    -- A silo is its endpoint plus a generation (its start tick), so a restart is a new row.
    address          text        NOT NULL,
    port             integer     NOT NULL,
    generation       integer     NOT NULL,
    silo_name        text        NOT NULL,
    host_name        text        NOT NULL,
    -- Orleans SiloStatus: 1 Created, 2 Joining, 3 Active, 4 ShuttingDown, 5 Stopping, 6 Dead.
    status           integer     NOT NULL,
    -- Gateway port for Orleans clients; 0 when the silo is no gateway.
    proxy_port       integer     NOT NULL DEFAULT 0,
    -- "silo,time|silo,time": who suspects this silo, as Orleans formats it.
    suspect_times    text,
    start_time       timestamptz NOT NULL,
    i_am_alive_time  timestamptz NOT NULL,
    PRIMARY KEY (cluster_id, address, port, generation)
);
