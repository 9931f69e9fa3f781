#!/usr/bin/env bash
# Checks ./run.sh end to end on a fresh data directory: it reaches ready, stops on SIGINT with
# every process it started, starts again on the same data, and the first run's data is intact;
# docs/examples/kk-minutes.sh works on each start (four times, so the chair in turn changes); a
# gateway killed with SIGKILL is restarted by run.sh, which goes on running.
# Usage: tests/scripts/run-smoke.sh WORKDIR
set -euo pipefail
# Job control gives run.sh its own process group and lets it receive SIGINT as from a terminal.
set -m
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$1"
source "$ROOT/db/pg.sh"
pg_find_bin
mkdir -p "$WORK"
export CASECONF_DATA_DIR="$WORK/data"
export CASECONF_HTTP_PORT="$(pg_free_port)"
export CASECONF_SILO_PORT_BASE="$(pg_free_port)"
export CASECONF_GATEWAY_PORT_BASE="$(pg_free_port)"

fail() { echo "run-smoke: FAIL: $*" >&2; tail -n 30 "$WORK"/run-*.log >&2 || true; exit 1; }

# Whatever way this script ends, a run.sh it started does not outlive it: SIGINT first (its own
# clean stop), then its whole process group.
RUN_PID=""
leave_nothing_running() {
  if [ -n "$RUN_PID" ] && kill -0 "$RUN_PID" 2>/dev/null; then
    kill -"$STOP_SIGNAL" "$RUN_PID" 2>/dev/null || true
    local deadline=$((SECONDS + 60))
    while kill -0 "$RUN_PID" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
    kill -KILL -- "-$RUN_PID" 2>/dev/null || true
  fi
  # PostgreSQL runs as a daemon outside run.sh's process group: stop it too.
  if [ -f "$CASECONF_DATA_DIR/postgres/data/postmaster.pid" ]; then pg_stop "$CASECONF_DATA_DIR/postgres" || true; fi
}

# Ctrl+C is SIGINT. A shell started with SIGINT ignored (a background job of a script without job
# control, `nohup`, some CI runners) passes that on, and bash cannot trap a signal ignored on entry;
# then run.sh could never see Ctrl+C here, so the check stops it with SIGTERM, which it handles alike.
STOP_SIGNAL=INT
if [ $(( 0x$(awk '/^SigIgn:/ {print $2}' /proc/$$/status) & 2 )) -ne 0 ]; then
  STOP_SIGNAL=TERM
  echo "run-smoke: this shell was started with SIGINT ignored (so would run.sh be); stopping run.sh with SIGTERM"
fi
trap leave_nothing_running EXIT

start() {
  local log="$1"
  "$ROOT/run.sh" >"$log" 2>&1 &
  RUN_PID=$!
  local deadline=$((SECONDS + 240))
  until grep -qs "CaseConference is ready" "$log"; do
    kill -0 "$RUN_PID" 2>/dev/null || fail "run.sh exited before it was ready"
    [ $SECONDS -lt $deadline ] || fail "run.sh was not ready within 240 s"
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$CASECONF_HTTP_PORT/health/ready" >/dev/null || fail "/health/ready does not answer 200"
}

stop() {
  kill -"$STOP_SIGNAL" "$RUN_PID"
  local deadline=$((SECONDS + 60))
  while kill -0 "$RUN_PID" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || fail "run.sh did not stop within 60 s of SIG$STOP_SIGNAL"
    sleep 0.2
  done
  grep -q "stopped; data kept" "$1" || fail "run.sh did not report a clean stop"
  [ ! -f "$CASECONF_DATA_DIR/postgres/data/postmaster.pid" ] || fail "PostgreSQL still running after stop"
  local pid
  for pid in $(cat "$CASECONF_DATA_DIR/run.pids"); do
    ! kill -0 "$pid" 2>/dev/null || fail "process $pid (silo or gateway) survived the stop"
  done
}

# The README's example script against the running app; it must work on every run (KK4 window, KK2 chair in turn).
example() {
  CASECONF_API="http://127.0.0.1:$CASECONF_HTTP_PORT" bash "$ROOT/docs/examples/kk-minutes.sh" >"$WORK/example-$1.log" 2>&1 \
    || { cat "$WORK/example-$1.log" >&2; fail "docs/examples/kk-minutes.sh failed on run $1"; }
}

# The supervisor: a gateway killed with SIGKILL is started again, with a log line saying so.
crash_gateway() {
  local pid="" candidate
  for candidate in $(cat "$CASECONF_DATA_DIR/run.pids"); do
    if tr '\0' ' ' <"/proc/$candidate/cmdline" 2>/dev/null | grep -q "CaseConference.Gateway.dll"; then pid="$candidate"; fi
  done
  [ -n "$pid" ] || fail "no running gateway found in run.pids"
  kill -KILL "$pid"
  local deadline=$((SECONDS + 120))
  until grep -qs "gateway exited (code 137); restarting it" "$1" \
    && curl -fsS "http://127.0.0.1:$CASECONF_HTTP_PORT/health/ready" >/dev/null 2>&1; do
    kill -0 "$RUN_PID" 2>/dev/null || fail "run.sh ended when its gateway was killed"
    [ $SECONDS -lt $deadline ] || fail "the killed gateway was not restarted and ready within 120 s"
    sleep 0.5
  done
}

# Rows the application itself wrote: silo membership entries, one per silo generation.
membership_rows() {
  local port; port="$(cat "$CASECONF_DATA_DIR/pg.port")"
  pg_start "$CASECONF_DATA_DIR/postgres" "$port"
  pg_as_owner psql -h "$CASECONF_DATA_DIR/postgres" -p "$port" -U postgres -d caseconference -qAt \
    -c "SELECT count(*) FROM $MEMBERSHIP_TABLE"
  pg_stop "$CASECONF_DATA_DIR/postgres"
}
MEMBERSHIP_TABLE="${MEMBERSHIP_TABLE:-orleans_membership}"

echo "run-smoke: first start on a fresh data directory"
start "$WORK/run-1.log"
example 1
echo "run-smoke: a gateway killed with SIGKILL is restarted"
crash_gateway "$WORK/run-1.log"
example 1b
stop "$WORK/run-1.log"
first="$(membership_rows)"
[ "$first" -ge 1 ] || fail "no membership row written by the first run"

echo "run-smoke: second start on the same data"
start "$WORK/run-2.log"
example 2
example 3
stop "$WORK/run-2.log"
second="$(membership_rows)"
[ "$second" -gt "$first" ] || fail "the first run's data did not survive (rows: $first then $second)"
echo "run-smoke: OK (membership rows $first, then $second)"
