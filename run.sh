#!/usr/bin/env bash
# Starts everything: a private PostgreSQL under .data/ (or the one in Storage__ConnectionString),
# the schema, N silos and the gateway.
# Usage: ./run.sh [--silos N] [--port HTTP_PORT]
# Ctrl+C stops every process this script started; the data stays in .data/ for the next start.
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
    -h|--help) sed -n 2,4p "$0"; exit 0 ;;
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
cleanup() {
  trap - INT TERM EXIT
  # Processes started in the background of a script ignore SIGINT, so ask them with SIGTERM:
  # silos and the gateway shut down gracefully on it.
  echo
  echo "==> stopping"
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -z "$EXTERNAL_DB" ]; then pg_stop "$PG_DIR"; fi
  echo "==> stopped; data kept in $DATA"
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
dotnet "$SILO_DLL" --migrate-only >"$DATA/logs/migrate.log" 2>&1 \
  || { tail -n 40 "$DATA/logs/migrate.log" >&2; exit 1; }

SILO_PORT_BASE="${CASECONF_SILO_PORT_BASE:-11111}"
GATEWAY_PORT_BASE="${CASECONF_GATEWAY_PORT_BASE:-30000}"
for i in $(seq 0 $((SILOS - 1))); do
  silo_port=$((SILO_PORT_BASE + i)) gateway_port=$((GATEWAY_PORT_BASE + i))
  echo "==> starting silo $((i + 1)) (silo port $silo_port, gateway port $gateway_port)"
  Orleans__SiloPort=$silo_port Orleans__GatewayPort=$gateway_port \
    dotnet "$SILO_DLL" >"$DATA/logs/silo-$((i + 1)).log" 2>&1 &
  PIDS+=($!)
  echo $! >>"$DATA/run.pids"
done

echo "==> starting the gateway on http://127.0.0.1:$HTTP_PORT"
ASPNETCORE_URLS="http://127.0.0.1:$HTTP_PORT" ASPNETCORE_CONTENTROOT="$ROOT/gateway" Web__Root="$ROOT/web/dist" \
  dotnet "$GATEWAY_DLL" >"$DATA/logs/gateway.log" 2>&1 &
PIDS+=($!)
echo $! >>"$DATA/run.pids"

deadline=$((SECONDS + 120))
until curl -fsS "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1; do
  for pid in "${PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "a process exited early; see $DATA/logs/" >&2; tail -n 20 "$DATA"/logs/*.log >&2; exit 1; }
  done
  [ $SECONDS -lt $deadline ] || { echo "not ready after 120 s; see $DATA/logs/" >&2; exit 1; }
  sleep 0.5
done

echo "==> seeding the demo panti (idempotent; accounts in README.md)"
dotnet "$GATEWAY_DLL" seed-demo >"$DATA/logs/seed.log" 2>&1 \
  || { echo "seeding the demo panti failed; see $DATA/logs/seed.log" >&2; tail -n 20 "$DATA/logs/seed.log" >&2; exit 1; }

echo
echo "CaseConference is ready: http://127.0.0.1:$HTTP_PORT"
echo "(API reference: http://127.0.0.1:$HTTP_PORT/api/reference)"
echo "Logs: $DATA/logs/   Stop: Ctrl+C"
wait -n "${PIDS[@]}" || true
echo "a process exited unexpectedly; see $DATA/logs/" >&2
exit 1
