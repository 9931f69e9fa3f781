#!/usr/bin/env bash
# Private PostgreSQL clusters for run.sh and test.sh. Sourced, not executed.
# PostgreSQL refuses to run as root; as root we run it as the `postgres` system user.

pg_find_bin() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    PG_BIN="$(dirname "$(command -v pg_ctl)")"
    return 0
  fi
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then PG_BIN="$dir"; return 0; fi
  done
  cat >&2 <<'MSG'
PostgreSQL server tools (initdb, pg_ctl) were not found.
Install them with:  sudo apt-get update && sudo apt-get install -y postgresql
MSG
  return 1
}

# Runs a PostgreSQL tool as the user that owns the cluster.
pg_as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_free_port() {
  python3 - <<'PY' 2>/dev/null || shuf -i 20000-60000 -n 1
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# pg_init DIR: creates a cluster in DIR (owned by the right user), superuser `postgres`
# reachable only through the Unix socket in DIR; TCP needs a password.
pg_init() {
  local dir="$1"
  mkdir -p "$dir"
  if [ "$(id -u)" = "0" ]; then chown postgres "$dir"; fi
  chmod 700 "$dir"
  pg_as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
}

# pg_start DIR PORT: starts the cluster listening on 127.0.0.1:PORT and on a socket in DIR.
pg_start() {
  local dir="$1" port="$2"
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=${PG_FSYNC:-on}" start >/dev/null \
    || { tail -n 30 "$dir/server.log" >&2; return 1; }
}

pg_stop() {
  local dir="$1"
  [ -f "$dir/data/postmaster.pid" ] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_psql DIR PORT SQL...: runs SQL as the superuser through the socket.
pg_psql() {
  local dir="$1" port="$2"; shift 2
  pg_as_owner psql -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

# pg_ensure_app_db DIR PORT ROLE PASSWORD DB: a role that owns its database (PostgreSQL 15 gives
# ordinary roles no CREATE on schema public, so the role must own the database).
pg_ensure_app_db() {
  local dir="$1" port="$2" role="$3" password="$4" db="$5"
  pg_psql "$dir" "$port" -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
        CREATE ROLE \"$role\" LOGIN PASSWORD '$password';
      ELSE
        ALTER ROLE \"$role\" LOGIN PASSWORD '$password';
      END IF; END \$\$;"
  if [ -z "$(pg_psql "$dir" "$port" -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    pg_psql "$dir" "$port" -c "CREATE DATABASE \"$db\" OWNER \"$role\""
  fi
}
