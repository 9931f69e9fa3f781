#!/usr/bin/env bash
# Runs every test in the repository: starts a private PostgreSQL on a free port, runs all test
# projects against it, checks the start command end to end, removes the database and prints
# one summary line ("N passed, N failed").
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"
source db/pg.sh
pg_find_bin

WORK="$(mktemp -d /tmp/caseconf-test.XXXXXX)"
chmod 755 "$WORK"
PG_DIR="$WORK/postgres"
cleanup() {
  pg_stop "$PG_DIR"
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

PG_PORT="$(pg_free_port)"
PG_PASSWORD="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
echo "==> private PostgreSQL on 127.0.0.1:$PG_PORT"
pg_init "$PG_DIR"
# Test data is thrown away: skip fsync so hundreds of small commits don't wait on the disk.
PG_FSYNC=off pg_start "$PG_DIR" "$PG_PORT"
pg_psql "$PG_DIR" "$PG_PORT" -c "CREATE ROLE caseconf_test LOGIN CREATEDB PASSWORD '$PG_PASSWORD'"
export CASECONF_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Database=postgres;Username=caseconf_test;Password=$PG_PASSWORD"

echo "==> building"
dotnet build CaseConference.sln -c Release -nologo -v quiet

RESULTS="$WORK/results"
status=0
echo "==> running tests"
dotnet test CaseConference.sln -c Release --no-build -nologo --results-directory "$RESULTS" \
  --logger "trx" --logger "console;verbosity=normal" 2>&1 | tee "$WORK/test.log" || status=$?

echo "==> checking the start command (./run.sh) end to end"
smoke_status=0
bash tests/scripts/run-smoke.sh "$WORK/smoke" || smoke_status=$?

# One closing line over every test project, plus the start-command check.
read -r passed failed skipped < <(python3 - "$RESULTS" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    p += int(c.get("passed")); f += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout"))
    s += int(c.get("notExecuted"))
print(p, f, s)
PY
)
if [ "$smoke_status" = "0" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
if [ "$status" != "0" ] && [ "$failed" = "0" ]; then failed=1; fi
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = "0" ]
