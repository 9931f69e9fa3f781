-- Issue 10: each person's notifications, one row each, and the numbered events of their inbox's
-- live feed. Written by the notification inbox grain (one per panti and staff member) through
-- INotificationStore; a change's rows and its events are one batch (one implicit transaction).

-- `key` is the source and the thing (e.g. `conference:<id>/summary:<item>`), unique per person:
-- a notification is raised once and never again, also after a restart; `cleared_at` is set when
-- its thing is done. `target` holds the ids of the place it opens (JSON, as the API shows it).
CREATE TABLE IF NOT EXISTS notifications (
    id         uuid        PRIMARY KEY,
    panti_id   uuid        NOT NULL,
    staff_id   uuid        NOT NULL,
    key        text        NOT NULL,
    kind       text        NOT NULL,
    target     json        NOT NULL,
    due_at     timestamptz,
    created_at timestamptz NOT NULL,
    read_at    timestamptz,
    cleared_at timestamptz,
    UNIQUE (panti_id, staff_id, key)
);

CREATE INDEX IF NOT EXISTS notifications_by_person ON notifications (panti_id, staff_id, created_at DESC);

-- The inbox's feed, numbered from 1 per person without gaps (catch-up after a lost push).
CREATE TABLE IF NOT EXISTS notification_events (
    panti_id uuid        NOT NULL,
    staff_id uuid        NOT NULL,
    sequence bigint      NOT NULL,
    at       timestamptz NOT NULL,
    kind     text        NOT NULL,
    json     json        NOT NULL,
    PRIMARY KEY (panti_id, staff_id, sequence)
);
