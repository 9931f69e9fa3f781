#!/usr/bin/env bash
# Starts everything: a private PostgreSQL under .data/ (or the one in Storage__ConnectionString),
# the schema, N silos and the gateway, and keeps them running: a silo or gateway that exits is
# started again (with a log line saying so, after 1, 2, 4 … 30 s when it keeps failing).
# Usage: ./run.sh [--silos N] [--port HTTP_PORT]
# Ctrl+C (or SIGTERM) stops every process this script started; the data stays in .data/.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"
source db/pg.sh
source web/web.sh

SILOS=1
HTTP_PORT="${CASECONF_HTTP_PORT:-5080}"
DATA="${CASECONF_DATA_DIR:-$ROOT/.data}"
while [ $# -gt 0 ]; do
  case "$1" in
    --silos) SILOS="$2"; shift 2 ;;
    --port) HTTP_PORT="$2"; shift 2 ;;
    -h|--help) sed -n 2,6p "$0"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done
[[ "$SILOS" =~ ^[1-9][0-9]?$ ]] || { echo "--silos needs a number from 1 to 99" >&2; exit 2; }

PG_DIR="$DATA/postgres"
mkdir -p "$DATA"
chmod 755 "$DATA"
# An existing PostgreSQL is used when its connection string is given; otherwise a private one.
EXTERNAL_DB="${Storage__ConnectionString:-}"
if [ -z "$EXTERNAL_DB" ]; then pg_find_bin; fi
if [ -z "$EXTERNAL_DB" ] && [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
  echo "==> creating a private PostgreSQL cluster in $PG_DIR"
  rm -rf "$PG_DIR"
  pg_init "$PG_DIR"
  pg_free_port >"$DATA/pg.port"
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$DATA/pg.password"
  chmod 600 "$DATA/pg.password"
fi

PIDS=()
: >"$DATA/run.pids"
say() { printf '%s ==> %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*"; }
cleanup() {
  trap - INT TERM EXIT
  # Processes started in the background of a script ignore SIGINT, so ask them with SIGTERM:
  # each supervisor passes it on to its silo or gateway, which shuts down gracefully, and waits.
  echo
  say "stopping"
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -z "$EXTERNAL_DB" ]; then pg_stop "$PG_DIR"; fi
  say "stopped; data kept in $DATA"
}

# supervise NAME LOG COMMAND...: runs COMMAND, appending its output to LOG, and starts it again
# whenever it exits, until this supervisor gets SIGTERM (then it stops the command and waits).
# A command that ran for a minute or more is restarted after 1 s, one that keeps failing after
# 2, 4 … 30 s. Each process's pid is appended to run.pids, so nothing it starts goes unrecorded.
supervise() {
  local name="$1" log="$2"; shift 2
  local child="" nap="" backoff=1 started rc
  trap 'kill -TERM $child $nap 2>/dev/null; wait $child $nap 2>/dev/null; exit 0' TERM
  while true; do
    started=$SECONDS
    say "starting $name" >>"$log"
    "$@" >>"$log" 2>&1 &
    child=$!
    echo "$child" >>"$DATA/run.pids"
    rc=0
    wait "$child" || rc=$?
    child=""
    if [ $((SECONDS - started)) -ge 60 ]; then backoff=1; fi
    say "$name exited (code $rc); restarting it in ${backoff} s (log: $log)" | tee -a "$log"
    sleep "$backoff" &
    nap=$!
    wait "$nap" || true
    nap=""
    backoff=$((backoff * 2 > 30 ? 30 : backoff * 2))
  done
}
trap cleanup EXIT
trap 'cleanup; exit 0' INT TERM

if [ -z "$EXTERNAL_DB" ]; then
  PG_PORT="$(cat "$DATA/pg.port")"
  PG_PASSWORD="$(cat "$DATA/pg.password")"
  echo "==> starting PostgreSQL on 127.0.0.1:$PG_PORT"
  pg_start "$PG_DIR" "$PG_PORT"
  pg_ensure_app_db "$PG_DIR" "$PG_PORT" caseconference "$PG_PASSWORD" caseconference
  export Storage__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Database=caseconference;Username=caseconference;Password=$PG_PASSWORD"
else
  echo "==> using the PostgreSQL given in Storage__ConnectionString"
fi

echo "==> building"
dotnet build "$ROOT/CaseConference.sln" -c Release -v quiet -nologo >"$DATA/build.log" 2>&1 \
  || { tail -n 40 "$DATA/build.log" >&2; exit 1; }
web_build || exit 1

SILO_DLL="$ROOT/silo/bin/Release/net10.0/CaseConference.Silo.dll"
GATEWAY_DLL="$ROOT/gateway/bin/Release/net10.0/CaseConference.Gateway.dll"
mkdir -p "$DATA/logs"

echo "==> applying the schema"
# Each process reads its own appsettings.json: a silo's content root is silo/, the gateway's gateway/.
export DOTNET_CONTENTROOT="$ROOT/silo"
dotnet "$SILO_DLL" --migrate-only >>"$DATA/logs/migrate.log" 2>&1 \
  || { tail -n 40 "$DATA/logs/migrate.log" >&2; exit 1; }

SILO_PORT_BASE="${CASECONF_SILO_PORT_BASE:-11111}"
GATEWAY_PORT_BASE="${CASECONF_GATEWAY_PORT_BASE:-30000}"
for i in $(seq 0 $((SILOS - 1))); do
  silo_port=$((SILO_PORT_BASE + i)) gateway_port=$((GATEWAY_PORT_BASE + i))
  echo "==> starting silo $((i + 1)) (silo port $silo_port, gateway port $gateway_port)"
  Orleans__SiloPort=$silo_port Orleans__GatewayPort=$gateway_port \
    supervise "silo $((i + 1))" "$DATA/logs/silo-$((i + 1)).log" dotnet "$SILO_DLL" &
  PIDS+=($!)
  echo $! >>"$DATA/run.pids"
done

echo "==> starting the gateway on http://127.0.0.1:$HTTP_PORT"
ASPNETCORE_URLS="http://127.0.0.1:$HTTP_PORT" ASPNETCORE_CONTENTROOT="$ROOT/gateway" DOTNET_CONTENTROOT="$ROOT/gateway" \
  Web__Root="$ROOT/web/dist" supervise gateway "$DATA/logs/gateway.log" dotnet "$GATEWAY_DLL" &
PIDS+=($!)
echo $! >>"$DATA/run.pids"

deadline=$((SECONDS + 120))
until curl -fsS "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1; do
  [ $SECONDS -lt $deadline ] || { echo "not ready after 120 s; see $DATA/logs/" >&2; tail -n 20 "$DATA"/logs/*.log >&2; exit 1; }
  sleep 0.5
done

echo "==> seeding the demo panti (idempotent; accounts in README.md)"
DOTNET_CONTENTROOT="$ROOT/gateway" dotnet "$GATEWAY_DLL" seed-demo >>"$DATA/logs/seed.log" 2>&1 \
  || { echo "seeding the demo panti failed; see $DATA/logs/seed.log" >&2; tail -n 20 "$DATA/logs/seed.log" >&2; exit 1; }

echo
echo "CaseConference is ready: http://127.0.0.1:$HTTP_PORT"
echo "(API reference: http://127.0.0.1:$HTTP_PORT/api/reference)"
echo "Demo sign-in: panti code demo, user names and password in README.md"
echo "Logs: $DATA/logs/   Stop: Ctrl+C"
# The supervisors run until Ctrl+C or SIGTERM; a crashed silo or gateway is started again by its own.
wait "${PIDS[@]}" || true
echo "the supervisors ended unexpectedly; see $DATA/logs/" >&2
exit 1
