#!/usr/bin/env bash
# A private, real stack for the browser tests: a fresh database (in the PostgreSQL named by
# CASECONF_TEST_PG, else a private cluster on a free port), one silo and one gateway from the
# Release build serving web/dist, seeded with the demo panti. Prints "STACK READY <url>" and runs
# until SIGTERM/SIGINT, then stops everything it started and drops what it created.
# Needs: dotnet build -c Release and npm run build done beforehand.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$ROOT/db/pg.sh"

WORK="$(mktemp -d /tmp/caseconf-web-e2e.XXXXXX)"
chmod 755 "$WORK"
PIDS=()
DB_NAME="caseconf_web_$(date +%s)_$$"
PRIVATE_PG=""
ADMIN_PG=""

cleanup() {
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$ADMIN_PG" ]; then
    psql "$ADMIN_PG" -qAt -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  if [ -n "$PRIVATE_PG" ]; then pg_stop "$PRIVATE_PG"; fi
  if [ -n "${CASECONF_E2E_KEEP_LOGS:-}" ]; then
    mkdir -p "$CASECONF_E2E_KEEP_LOGS" && cp -r "$WORK"/logs/. "$CASECONF_E2E_KEEP_LOGS"/ 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 0' INT TERM

# key=value pairs of an Npgsql connection string → a libpq URI-less conninfo.
conninfo() {
  local cs="$1" out="" key value
  IFS=';' read -ra pairs <<<"$cs"
  for pair in "${pairs[@]}"; do
    key="${pair%%=*}" value="${pair#*=}"
    case "${key,,}" in
      host) out+="host=$value " ;;
      port) out+="port=$value " ;;
      username|user\ id|user) out+="user=$value " ;;
      password) out+="password=$value " ;;
    esac
  done
  echo "$out"
}

if [ -n "${CASECONF_TEST_PG:-}" ]; then
  ADMIN_PG="$(conninfo "$CASECONF_TEST_PG") dbname=postgres"
  psql "$ADMIN_PG" -qAt -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$DB_NAME\"" >/dev/null
  export Storage__ConnectionString="$(echo "$CASECONF_TEST_PG" | sed -E "s/(^|;)Database=[^;]*/\1Database=$DB_NAME/I")"
else
  pg_find_bin
  PRIVATE_PG="$WORK/postgres"
  PG_PORT="$(pg_free_port)"
  PG_PASSWORD="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  pg_init "$PRIVATE_PG"
  PG_FSYNC=off pg_start "$PRIVATE_PG" "$PG_PORT"
  pg_ensure_app_db "$PRIVATE_PG" "$PG_PORT" caseconf_e2e "$PG_PASSWORD" "$DB_NAME"
  export Storage__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=caseconf_e2e;Password=$PG_PASSWORD"
fi

SILO_DLL="$ROOT/silo/bin/Release/net10.0/CaseConference.Silo.dll"
GATEWAY_DLL="$ROOT/gateway/bin/Release/net10.0/CaseConference.Gateway.dll"
[ -f "$SILO_DLL" ] && [ -f "$GATEWAY_DLL" ] || { echo "build first: dotnet build CaseConference.sln -c Release" >&2; exit 1; }
[ -f "$ROOT/web/dist/index.html" ] || { echo "build the web app first: cd web && npm run build" >&2; exit 1; }

export Orleans__ClusterId="web-e2e-$$"
HTTP_PORT="${CASECONF_E2E_HTTP_PORT:-$(pg_free_port)}"
mkdir -p "$WORK/logs"
Orleans__SiloPort="$(pg_free_port)" Orleans__GatewayPort="$(pg_free_port)" \
  dotnet "$SILO_DLL" >"$WORK/logs/silo.log" 2>&1 &
PIDS+=($!)
GATEWAY_PID=""
# Every browser context signs in from 127.0.0.1: the per-address allowance is raised so the
# suite's many people fit; the per-name allowance (what a guesser meets) stays as shipped.
start_gateway() {
  Accounts__SignInPerClient=1000 ASPNETCORE_URLS="http://127.0.0.1:$HTTP_PORT" ASPNETCORE_CONTENTROOT="$ROOT/gateway" Web__Root="$ROOT/web/dist" \
    dotnet "$GATEWAY_DLL" >>"$WORK/logs/gateway.log" 2>&1 &
  GATEWAY_PID=$!
  PIDS+=("$GATEWAY_PID")
}

wait_ready() {
  local deadline=$((SECONDS + 180))
  until curl -fsS "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1; do
    for pid in "${PIDS[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "a process exited early" >&2; tail -n 30 "$WORK"/logs/*.log >&2; exit 1; }
    done
    [ $SECONDS -lt $deadline ] || { echo "stack not ready after 180 s" >&2; tail -n 30 "$WORK"/logs/*.log >&2; exit 1; }
    sleep 0.5
  done
}

# SIGUSR1 (from a browser test, e2e/support.ts restartGateway): the gateway process is stopped
# and started again on the same port while the silo and the database stay, as a deploy would.
restart_gateway() {
  local old="$GATEWAY_PID" kept=()
  kill -TERM "$old" 2>/dev/null || true
  wait "$old" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do [ "$pid" = "$old" ] || kept+=("$pid"); done
  PIDS=("${kept[@]}")
  echo "GATEWAY STOPPED"
  start_gateway
  wait_ready
  echo "GATEWAY RESTARTED"
}

start_gateway
wait_ready
dotnet "$GATEWAY_DLL" seed-demo >"$WORK/logs/seed.log" 2>&1 || { tail -n 30 "$WORK/logs/seed.log" >&2; exit 1; }

RESTART=0
trap 'RESTART=1' USR1
echo "STACK READY http://127.0.0.1:$HTTP_PORT"
while :; do
  wait -n "${PIDS[@]}" || true
  # A trapped signal ends the wait too; only a process that exited by itself is a failure.
  if [ "$RESTART" = 1 ]; then
    RESTART=0
    restart_gateway
    continue
  fi
  break
done
echo "a stack process exited unexpectedly" >&2
tail -n 30 "$WORK"/logs/*.log >&2
exit 1
