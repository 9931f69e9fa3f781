#!/usr/bin/env bash
# The web app's install and build for run.sh and test.sh. Sourced, not executed; expects $ROOT.

web_require_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Node.js 20.19 or newer with npm is needed to build the web app (web/)." >&2
    return 1
  fi
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
    || { echo "Node.js $(node --version) is too old for the web app; 20.19 or newer is needed." >&2; return 1; }
}

# npm ci when node_modules is missing or older than the lockfile.
web_install() {
  web_require_node || return 1
  local marker="$ROOT/web/node_modules/.package-lock.json"
  if [ ! -f "$marker" ] || [ "$ROOT/web/package-lock.json" -nt "$marker" ]; then
    echo "==> installing the web app's packages (npm ci)"
    (cd "$ROOT/web" && npm ci --no-audit --no-fund --loglevel=error) || return 1
  fi
}

# A hash of everything the build reads; the build is skipped when it matches the last one.
web_sources_hash() {
  (cd "$ROOT/web" && find src index.html vite.config.ts tsconfig.json package-lock.json -type f -print0 2>/dev/null \
    | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

web_build() {
  web_install || return 1
  local stamp="$ROOT/web/node_modules/.cache/caseconf-build-stamp" hash
  hash="$(web_sources_hash)"
  if [ -f "$ROOT/web/dist/index.html" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$hash" ]; then
    echo "==> web app unchanged since the last build"
    return 0
  fi
  echo "==> building the web app (web/dist)"
  mkdir -p "$ROOT/web/node_modules/.cache"
  (cd "$ROOT/web" && npm run build --silent >"$ROOT/web/node_modules/.cache/build.log" 2>&1) \
    || { tail -n 40 "$ROOT/web/node_modules/.cache/build.log" >&2; return 1; }
  echo "$hash" >"$stamp"
}

# Debian's chromium for the browser tests; installed with apt-get when missing.
web_require_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  if [ "$(id -u)" = "0" ]; then
    echo "==> /usr/bin/chromium is missing: installing Debian's chromium (apt-get update; apt-get install -y chromium)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || return 1
  else
    echo "/usr/bin/chromium is missing and this is not root; install it with: sudo apt-get install -y chromium" >&2
    return 1
  fi
}
