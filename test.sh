#!/usr/bin/env bash
# PayGov's whole test suite, the one command the README gives and .ci/run calls.
# It installs what is missing (Debian packages), starts PostgreSQL and Redis on private loopback ports,
# runs every test project against them, and stops them again. Set PAYGOV_TEST_POSTGRES and
# PAYGOV_TEST_REDIS yourself to use servers of your own (or a Docker engine: Testcontainers starts them).
set -euo pipefail
cd "$(dirname "$0")"

PG_PORT="${PAYGOV_TEST_PG_PORT:-55432}"
REDIS_PORT="${PAYGOV_TEST_REDIS_PORT:-56379}"
CONFIGURATION="${PAYGOV_TEST_CONFIGURATION:-Release}"

install_missing() {
  local need=()
  command -v redis-server >/dev/null || need+=(redis-server)
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
  # The browser tests (checkout and treasury pages) drive Debian's chromium; Playwright never downloads a browser of its own.
  [ -x /usr/bin/chromium ] || need+=(chromium fonts-dejavu-core)
  # The receipt tests read the PDF's text back with pdftotext.
  command -v pdftotext >/dev/null || need+=(poppler-utils)
  if [ ${#need[@]} -gt 0 ]; then
    echo "== installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
  command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
}

STATE=""
cleanup() {
  if [ -n "$STATE" ]; then
    [ -f "$STATE/redis.pid" ] && kill "$(cat "$STATE/redis.pid")" 2>/dev/null || true
    [ -d "$STATE/pg" ] && su postgres -c "$PG_BIN/pg_ctl -D $STATE/pg -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$STATE"
  fi
}

start_servers() {
  STATE="$(mktemp -d /tmp/paygov-test.XXXXXX)"
  trap cleanup EXIT
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  mkdir -p "$STATE/pg"
  chown -R postgres "$STATE"
  chmod 755 "$STATE"
  echo "== starting PostgreSQL on 127.0.0.1:$PG_PORT and Redis on 127.0.0.1:$REDIS_PORT"
  su postgres -c "$PG_BIN/initdb -D $STATE/pg -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  # Durability is traded for speed only here: these databases live for one test run.
  su postgres -c "$PG_BIN/pg_ctl -D $STATE/pg -l $STATE/pg.log -w start -o '-p $PG_PORT -k $STATE -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400'" >/dev/null
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log"
  export PAYGOV_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Maximum Pool Size=50"
  export PAYGOV_TEST_REDIS="127.0.0.1:$REDIS_PORT"
}

install_missing
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ -z "${PAYGOV_TEST_POSTGRES:-}" ] || [ -z "${PAYGOV_TEST_REDIS:-}" ]; then
  start_servers
fi

RESULTS="$(mktemp -d /tmp/paygov-results.XXXXXX)"
status=0
dotnet test PayGov.sln -c "$CONFIGURATION" --logger "trx" --results-directory "$RESULTS" --logger "console;verbosity=minimal" || status=$?

# One closing line for the whole suite, summed over every project's results.
passed=0; failed=0; skipped=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  n="$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
rm -rf "$RESULTS"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
