#!/usr/bin/env bash
# Runs every test in the repository: starts a private PostgreSQL on a free port, runs all test
# projects against it, the web app's unit tests (Vitest) and browser tests (Playwright on Debian's
# chromium, installed with apt-get when missing), checks the start command end to end, removes the
# database and prints one summary line ("N passed, N failed").
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"
source db/pg.sh
source web/web.sh
pg_find_bin
web_require_node
web_require_chromium

WORK="$(mktemp -d /tmp/caseconf-test.XXXXXX)"
chmod 755 "$WORK"
PG_DIR="$WORK/postgres"
cleanup() {
  pg_stop "$PG_DIR"
  rm -rf "$WORK"
}
# Stopped (Ctrl+C, or a TERM to this script alone): end every process this run started, then the
# database, and stop; carrying on would run the next stage without its database.
stop_descendants() {
  local child
  for child in $(pgrep -P "$1" || true); do
    stop_descendants "$child"
    kill -TERM "$child" 2>/dev/null || true
  done
}
stopped() {
  trap - EXIT INT TERM
  echo "==> stopped: ending the tests and the private PostgreSQL" >&2
  stop_descendants $$
  cleanup
  exit "$1"
}
trap cleanup EXIT
trap 'stopped 130' INT
trap 'stopped 143' TERM
# Each long stage runs in the background while the script waits: bash runs a trap at once during
# `wait`, but after a foreground child only when that child ends, and not at all when the child
# handles Ctrl+C itself (dotnet does), which let a stopped run go on to its next stage. The stage is
# a job of its own (set -m): without job control a background command starts with Ctrl+C ignored,
# and the start-command check could then not stop ./run.sh with SIGINT.
stage() {
  set -m
  "$@" &
  local pid=$!
  set +m
  wait "$pid"
}
dotnet_tests() {
  dotnet test CaseConference.sln -c Release --no-build -nologo --results-directory "$RESULTS" \
    --logger "trx" --logger "console;verbosity=normal" 2>&1 | tee "$WORK/test.log"
}
vitest_tests() { cd web && npx vitest run --reporter=default --reporter=json --outputFile.json="$RESULTS/vitest.json"; }
browser_tests() { cd web && PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/playwright.json" npx playwright test --reporter=list,json; }

PG_PORT="$(pg_free_port)"
PG_PASSWORD="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
echo "==> private PostgreSQL on 127.0.0.1:$PG_PORT"
pg_init "$PG_DIR"
# Test data is thrown away: skip fsync so hundreds of small commits don't wait on the disk.
PG_FSYNC=off pg_start "$PG_DIR" "$PG_PORT"
pg_psql "$PG_DIR" "$PG_PORT" -c "CREATE ROLE caseconf_test LOGIN CREATEDB PASSWORD '$PG_PASSWORD'"
export CASECONF_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Database=postgres;Username=caseconf_test;Password=$PG_PASSWORD"

echo "==> building"
stage dotnet build CaseConference.sln -c Release -nologo -v quiet
stage web_build
(cd web && npm run --silent gen:api:check) \
  || { echo "web/src/api/schema.d.ts is stale: cd web && npm run gen:api" >&2; exit 1; }

RESULTS="$WORK/results"
status=0
echo "==> running tests"
stage dotnet_tests || status=$?

echo "==> web app: unit tests (Vitest)"
web_status=0
stage vitest_tests || web_status=$?

echo "==> web app: browser tests (Playwright, real stack)"
stage browser_tests || web_status=$?

echo "==> checking the start command (./run.sh) end to end"
smoke_status=0
stage bash tests/scripts/run-smoke.sh "$WORK/smoke" || smoke_status=$?

# One closing line over every test project, plus the start-command check.
read -r passed failed skipped < <(python3 - "$RESULTS" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    p += int(c.get("passed")); f += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout"))
    s += int(c.get("notExecuted"))
import json, os
vitest = sys.argv[1] + "/vitest.json"
if os.path.exists(vitest):
    v = json.load(open(vitest))
    p += v["numPassedTests"]; f += v["numFailedTests"]; s += v["numPendingTests"] + v.get("numTodoTests", 0)
playwright = sys.argv[1] + "/playwright.json"
if os.path.exists(playwright):
    st = json.load(open(playwright))["stats"]
    p += st["expected"]; f += st["unexpected"] + st.get("flaky", 0); s += st["skipped"]
print(p, f, s)
PY
)
# The names of failed tests and the first lines of why, last, where a log's tail shows them.
python3 - "$RESULTS" <<'PY'
import sys, glob, json, os, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
lines = []
for path in glob.glob(sys.argv[1] + "/*.trx"):
    for r in ET.parse(path).getroot().iter("{%s}UnitTestResult" % ns["t"]):
        if r.get("outcome") not in ("Passed", "NotExecuted"):
            msg = r.find("t:Output/t:ErrorInfo/t:Message", ns)
            text = (msg.text or "") if msg is not None else ""
            lines.append((r.get("testName"), text))
vitest = sys.argv[1] + "/vitest.json"
if os.path.exists(vitest):
    for f in json.load(open(vitest))["testResults"]:
        for a in f["assertionResults"]:
            if a["status"] == "failed":
                lines.append((a["fullName"], "\n".join(a.get("failureMessages") or [])))
playwright = sys.argv[1] + "/playwright.json"
def walk(suite):
    for spec in suite.get("specs", []):
        for t in spec.get("tests", []):
            if t.get("status") in ("unexpected", "flaky"):
                errs = [e.get("message", "") for r in t.get("results", []) for e in r.get("errors", [])]
                lines.append((spec["file"] + " › " + spec["title"], "\n".join(errs)))
    for s in suite.get("suites", []):
        walk(s)
if os.path.exists(playwright):
    for s in json.load(open(playwright)).get("suites", []):
        walk(s)
if lines:
    print("\nFailed:")
    for name, text in lines:
        print("  " + name)
        for l in text.strip().splitlines()[:12]:
            print("      " + l[:300])
PY
if [ "$smoke_status" = "0" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
if { [ "$status" != "0" ] || [ "$web_status" != "0" ]; } && [ "$failed" = "0" ]; then failed=1; fi
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = "0" ]
