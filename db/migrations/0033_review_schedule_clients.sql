-- What each panti's review schedule knows of its clients, one row per client (issue 9). A client's
-- notice rewrites its own row, so the schedule's cost follows the change, not the panti's size;
-- the schedule grain's own state (orleans_grain_state, state 'schedule') keeps the rest (its KKs,
-- force majeures waiting, its version) and no clients.
--
-- `facts` is the ClientFacts the client grain sent (name, stage, responsible peksos, last review,
-- register number), as JSON so that `SELECT facts FROM review_schedule_clients` reads plainly.
CREATE TABLE IF NOT EXISTS review_schedule_clients (
    panti_id   uuid        NOT NULL,
    client_id  uuid        NOT NULL,
    facts      json        NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (panti_id, client_id)
);
