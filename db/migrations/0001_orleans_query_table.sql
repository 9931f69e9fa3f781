-- The Orleans ADO.NET providers (clustering, grain state, reminders) keep no SQL of their own:
-- at silo start each runs `SELECT QueryKey, QueryText FROM OrleansQuery` and executes the
-- statement stored under each key. The provider spells the name unquoted, so PostgreSQL folds it
-- to orleansquery(querykey, querytext); we create it the same way. The statements themselves
-- are written in 0005_orleans_queries.sql, against the tables of 0002-0004.
CREATE TABLE IF NOT EXISTS OrleansQuery (
    QueryKey  text PRIMARY KEY,
    QueryText text NOT NULL
);
