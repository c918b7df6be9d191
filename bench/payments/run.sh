#!/usr/bin/env bash
# bench/payments: end-to-end payments per second through the provider sandbox, against the create-only rate
# measured in the same run, on the same gateway, with the same closed-loop driver and concurrency:
#   create   POST /v1/payment_intents
#   pay      create → simulate_payment (a real attempt at the in-process sandbox over HTTP, "pay" pressed there)
#            → the sandbox's signed callback to /callbacks/… → GET until succeeded
# The gateway runs in Release on PostgreSQL + Redis (private ports, default durability) with its sandbox mounted.
#
#   bash bench/payments/run.sh
#
# Knobs: BENCH_DURATION (s, 15), BENCH_WARMUP (s, 10), BENCH_CONCURRENCY (16), BENCH_PROVIDERS ("momo zalopay"
# plus any other provider whose sandbox the gateway has), BENCH_PG_PORT (55492), BENCH_REDIS_PORT (56392),
# BENCH_GATEWAY_PORT (55482).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/bench/payments
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-10}
CONCURRENCY=${BENCH_CONCURRENCY:-16}
PROVIDERS=${BENCH_PROVIDERS:-momo zalopay}
PG_PORT=${BENCH_PG_PORT:-55492}
REDIS_PORT=${BENCH_REDIS_PORT:-56392}
GW_PORT=${BENCH_GATEWAY_PORT:-55482}
PG_BIN=${BENCH_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$ROOT/bench/results/payments-$RUN_ID
mkdir -p "$RESULTS"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

for port in "$PG_PORT" "$REDIS_PORT" "$GW_PORT"; do
  if ss -ltn | awk '{print $4}' | grep -q ":$port\$"; then die "port $port is in use"; fi
done

WORK=$(mktemp -d /tmp/paygov-bench-pay.XXXXXX)
chmod 755 "$WORK"
PGDATA=$WORK/pg
GW_PID="" PG_STARTED="" REDIS_STARTED=""
cleanup() {
  local rc=$?
  set +e
  [[ -n $GW_PID ]] && kill "$GW_PID" 2>/dev/null && wait "$GW_PID" 2>/dev/null
  [[ -n $REDIS_STARTED ]] && redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
  [[ -n $PG_STARTED ]] && su postgres -c "$PG_BIN/pg_ctl -D $PGDATA -m fast -w stop" >/dev/null 2>&1
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "building Release: Gateway and the driver"
dotnet build "$ROOT/Gateway" -c Release -nologo -v q >"$RESULTS/build.log" 2>&1 || die "gateway build (see $RESULTS/build.log)"
dotnet build "$HERE/Driver" -c Release -nologo -v q >>"$RESULTS/build.log" 2>&1 || die "driver build"
GW_DIR=$ROOT/Gateway/bin/Release/net10.0
DRIVER=(dotnet "$HERE/Driver/bin/Release/net10.0/PayGov.Bench.PaymentsDriver.dll")

log "starting PostgreSQL on :$PG_PORT and Redis on :$REDIS_PORT"
mkdir -p "$PGDATA" && chown postgres "$PGDATA"
su postgres -c "$PG_BIN/initdb -D $PGDATA -U postgres --auth=trust" >"$RESULTS/initdb.log" 2>&1 || die "initdb"
su postgres -c "$PG_BIN/pg_ctl -D $PGDATA -w -l $PGDATA/log -o \"-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300\" start" >/dev/null || die "PostgreSQL did not start"
PG_STARTED=1
psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "CREATE DATABASE paygov"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --logfile "$RESULTS/redis.log" --dir "$WORK" >/dev/null || die "Redis did not start"
REDIS_STARTED=1

export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
GW_ENV=(
  "ConnectionStrings__Postgres=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=paygov"
  "ConnectionStrings__Redis=127.0.0.1:$REDIS_PORT"
  "PayGov__PublicBaseUrl=http://127.0.0.1:$GW_PORT/"
  "RateLimit__PermitLimit=1000000"
  "DemoPortal__Enabled=false"
  "Sandbox__Enabled=true"
  "Logging__LogLevel__Default=Warning"
)
PORTAL_OUT=$(cd "$GW_DIR" && env "${GW_ENV[@]}" dotnet PayGov.Gateway.dll portals create --name "Bench" --id bench --return-host localhost) || die "portals create: $PORTAL_OUT"
API_KEY=$(awk '/^key:/{print $2}' <<<"$PORTAL_OUT")
[[ $API_KEY == sk_test_* ]] || die "no key in: $PORTAL_OUT"
(cd "$GW_DIR" && exec env "${GW_ENV[@]}" dotnet PayGov.Gateway.dll --urls "http://127.0.0.1:$GW_PORT") >"$RESULTS/gateway.log" 2>&1 &
GW_PID=$!
for _ in $(seq 1 120); do curl -fsS -o /dev/null "http://127.0.0.1:$GW_PORT/readyz" 2>/dev/null && break; sleep 0.5; done
curl -fsS -o /dev/null "http://127.0.0.1:$GW_PORT/readyz" || die "the gateway did not become ready"

BODY=$ROOT/bench/create-intents/body.json
URL=http://127.0.0.1:$GW_PORT/
run() { "${DRIVER[@]}" "$URL" "$API_KEY" "$@" "$CONCURRENCY" "$BODY"; }

log "warming up ($WARMUP s of payments through momo)"
run pay momo "$WARMUP" >/dev/null || die "warm-up payments failed (see $RESULTS/gateway.log)"
log "create-only for $DURATION s (concurrency $CONCURRENCY)"
CREATE_LINE=$(run create - "$DURATION") || die "create-only run had failures: $CREATE_LINE"
echo "$CREATE_LINE" | tee "$RESULTS/create.txt"
CREATE_RATE=$(sed -E 's/.* rate=([0-9.]+).*/\1/' <<<"$CREATE_LINE")
for provider in $PROVIDERS; do
  log "end-to-end payments through $provider for $DURATION s"
  LINE=$(run pay "$provider" "$DURATION") || die "payments through $provider had failures: $LINE"
  RATE=$(sed -E 's/.* rate=([0-9.]+).*/\1/' <<<"$LINE")
  RATIO=$(awk -v p="$RATE" -v c="$CREATE_RATE" 'BEGIN { printf "%.1f", 100 * p / c }')
  echo "$LINE ratio_to_create=${RATIO}%" | tee "$RESULTS/pay-$provider.txt"
done
