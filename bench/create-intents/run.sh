#!/usr/bin/env bash
# bench/create-intents: sustained create-intent throughput and latency on PostgreSQL + Redis, against two
# ceilings measured in the same run with the same load tool and the same concurrency:
#   http-ceiling  POST /constant on the benchmark's own host (bench/create-intents/CeilingHost): fixed JSON
#   db-ceiling    POST /insert   on the same host: one raw single-row INSERT (autocommit) via NpgsqlDataSource
#   create-intent POST /v1/payment_intents on the gateway (Release, Production, PostgreSQL + Redis)
# Peaks: wrk (closed loop, every request with its own Idempotency-Key). Latency target: the open-loop,
# constant-rate LoadGen at half of create-intent's own peak (latency from the scheduled send time).
#
#   bash bench/create-intents/run.sh
#
# Knobs (environment): BENCH_DURATION (s, default 15), BENCH_WARMUP (s, 5), BENCH_CREATE_WARMUP (s, 30: the
# gateway's tiered JIT reaches steady state only after ~30 s of load on 2 shared cores), BENCH_CONNECTIONS (32),
# BENCH_THREADS (wrk threads, 2), BENCH_PG_PORT (55491), BENCH_REDIS_PORT (56391), BENCH_GATEWAY_PORT (55480),
# BENCH_CEILING_PORT (55481), BENCH_GATEWAY_ENV ("" ; extra VAR=value pairs for the gateway, for experiments),
# BENCH_HOLD (set: start everything, write bench/results/<run>/hold.env, and wait, for profiling by hand).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/bench/create-intents
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-5}
CREATE_WARMUP=${BENCH_CREATE_WARMUP:-30}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
PG_PORT=${BENCH_PG_PORT:-55491}
REDIS_PORT=${BENCH_REDIS_PORT:-56391}
GW_PORT=${BENCH_GATEWAY_PORT:-55480}
CEIL_PORT=${BENCH_CEILING_PORT:-55481}
PG_BIN=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
TARGET_RATIO=40   # create-intent >= 40 % of the database ceiling
TARGET_P99=25     # p99 <= 25 ms at half of create-intent's own peak rate
RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$ROOT/bench/results/create-intents-$RUN_ID   # git-ignored; logs and raw outputs of this run
mkdir -p "$RESULTS"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

for tool in wrk psql redis-server redis-cli curl dotnet; do
  command -v "$tool" >/dev/null || die "$tool is not installed"
done
for port in "$PG_PORT" "$REDIS_PORT" "$GW_PORT" "$CEIL_PORT"; do
  if ss -ltn | awk '{print $4}' | grep -q ":$port\$"; then die "port $port is in use"; fi
done

WORK=$(mktemp -d /tmp/paygov-bench.XXXXXX)
chmod 755 "$WORK"
PGDATA=$WORK/pg
GW_PID="" CEIL_PID="" PG_STARTED="" REDIS_STARTED=""

cleanup() {
  local rc=$?
  set +e
  [[ -n $GW_PID ]] && kill "$GW_PID" 2>/dev/null && wait "$GW_PID" 2>/dev/null
  [[ -n $CEIL_PID ]] && kill "$CEIL_PID" 2>/dev/null && wait "$CEIL_PID" 2>/dev/null
  [[ -n $REDIS_STARTED ]] && redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
  if [[ -n $PG_STARTED ]]; then
    cp "$PGDATA/log" "$RESULTS/postgres.log" 2>/dev/null
    su postgres -c "$PG_BIN/pg_ctl -D $PGDATA -m fast -w stop" >/dev/null 2>&1
  fi
  rm -rf "$WORK"
  log "stopped everything this script started; logs in ${RESULTS#"$ROOT"/}"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- build (Release)
log "building Release: Gateway, CeilingHost, LoadGen"
dotnet build "$ROOT/Gateway" -c Release -nologo -v q >"$RESULTS/build.log" 2>&1 || die "gateway build (see $RESULTS/build.log)"
dotnet build "$HERE/CeilingHost" -c Release -nologo -v q >>"$RESULTS/build.log" 2>&1 || die "ceiling host build"
dotnet build "$HERE/LoadGen" -c Release -nologo -v q >>"$RESULTS/build.log" 2>&1 || die "load generator build"
GW_DIR=$ROOT/Gateway/bin/Release/net10.0
CEIL_DLL=$HERE/CeilingHost/bin/Release/net10.0/PayGov.Bench.CeilingHost.dll
LOADGEN_DLL=$HERE/LoadGen/bin/Release/net10.0/PayGov.Bench.LoadGen.dll

# ---------------------------------------------------------------- PostgreSQL 15 + Redis 7 (private ports)
log "starting PostgreSQL on :$PG_PORT (default durability: fsync on, synchronous_commit on) and Redis on :$REDIS_PORT"
mkdir -p "$PGDATA" && chown postgres "$PGDATA"
su postgres -c "$PG_BIN/initdb -D $PGDATA -U postgres --auth=trust" >"$RESULTS/initdb.log" 2>&1 || die "initdb"
# Only settings that do not trade durability: more connections for two pools, and statement statistics.
su postgres -c "$PG_BIN/pg_ctl -D $PGDATA -w -l $PGDATA/log -o \"-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_utility=on\" start" >/dev/null \
  || die "PostgreSQL did not start"
PG_STARTED=1
PSQL=(psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1)
"${PSQL[@]}" -d postgres -c "CREATE DATABASE paygov" -c "CREATE DATABASE ceiling"
"${PSQL[@]}" -d paygov -c "CREATE EXTENSION pg_stat_statements"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --logfile "$RESULTS/redis.log" --dir "$WORK" >/dev/null || die "Redis did not start"
REDIS_STARTED=1
PG_PID=$(head -1 "$PGDATA/postmaster.pid")
REDIS_PID=$(redis-cli -p "$REDIS_PORT" info server | awk -F: '/^process_id/{print $2}' | tr -d '\r')

# ---------------------------------------------------------------- gateway (Production, PostgreSQL + Redis)
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
GW_ENV=(
  "ConnectionStrings__Postgres=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=paygov"
  "ConnectionStrings__Redis=127.0.0.1:$REDIS_PORT"
  "PayGov__PublicBaseUrl=http://127.0.0.1:$GW_PORT/"
  "RateLimit__PermitLimit=1000000"
  "DemoPortal__Enabled=false"
  "Sandbox__Enabled=false"
)
# shellcheck disable=SC2206
GW_ENV+=(${BENCH_GATEWAY_ENV:-})
log "creating the bench portal with the operator CLI (also applies the migrations)"
PORTAL_OUT=$(cd "$GW_DIR" && env "${GW_ENV[@]}" dotnet PayGov.Gateway.dll portals create --name "Bench" --id bench --return-host localhost) \
  || die "portals create: $PORTAL_OUT"
API_KEY=$(awk '/^key:/{print $2}' <<<"$PORTAL_OUT")
[[ $API_KEY == sk_test_* ]] || die "no key in: $PORTAL_OUT"

log "starting the gateway on :$GW_PORT and the ceiling host on :$CEIL_PORT"
(cd "$GW_DIR" && exec env "${GW_ENV[@]}" dotnet PayGov.Gateway.dll --urls "http://127.0.0.1:$GW_PORT") >"$RESULTS/gateway.log" 2>&1 &
GW_PID=$!
(cd "$(dirname "$CEIL_DLL")" && exec env "ConnectionStrings__Postgres=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=ceiling" \
  dotnet "$CEIL_DLL" --urls "http://127.0.0.1:$CEIL_PORT") >"$RESULTS/ceiling.log" 2>&1 &
CEIL_PID=$!
wait_for() { # url
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  die "$1 did not answer"
}
wait_for "http://127.0.0.1:$GW_PORT/readyz"
wait_for "http://127.0.0.1:$CEIL_PORT/constant"

BODY=$HERE/body.json
CREATE_URL=http://127.0.0.1:$GW_PORT/v1/payment_intents
INSERT_URL=http://127.0.0.1:$CEIL_PORT/insert
CONSTANT_URL=http://127.0.0.1:$CEIL_PORT/constant
code=$(curl -s -o "$RESULTS/first-create.json" -w '%{http_code}' -X POST "$CREATE_URL" -H "Authorization: Bearer $API_KEY" \
  -H "Idempotency-Key: smoke-$RUN_ID" -H 'Content-Type: application/json' --data-binary "@$BODY")
[[ $code == 201 ]] || die "smoke create answered $code: $(cat "$RESULTS/first-create.json")"
if [[ -n ${BENCH_HOLD:-} ]]; then
  # For profiling by hand: everything stays up until this script is interrupted (Ctrl-C / kill PID).
  printf 'API_KEY=%s\nCREATE_URL=%s\nINSERT_URL=%s\nCONSTANT_URL=%s\nGW_PID=%s\nPG_PORT=%s\n' "$API_KEY" "$CREATE_URL" \
    "$INSERT_URL" "$CONSTANT_URL" "$GW_PID" "$PG_PORT" >"$RESULTS/hold.env"
  log "holding (BENCH_HOLD): see $RESULTS/hold.env; interrupt to stop"
  wait "$GW_PID"
  exit 0
fi

# ---------------------------------------------------------------- helpers
gw_rows() { "${PSQL[@]}" -d paygov -tAc "SELECT count(*) FROM payment_intents"; }
ceil_rows() { "${PSQL[@]}" -d ceiling -tAc "SELECT count(*) FROM bench_insert"; }
ticks_of() { # pid... -> utime+stime clock ticks of these processes
  local sum=0 p
  for p in "$@"; do
    [[ -r /proc/$p/stat ]] && sum=$((sum + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  echo "$sum"
}
pg_pids() { pgrep -P "$PG_PID" || true; }
# The postmaster's own time plus that of its children that have exited (cutime, cstime) and those still running.
pg_ticks() { echo $(($(awk '{print $14 + $15 + $16 + $17}' "/proc/$PG_PID/stat") + $(ticks_of $(pg_pids)))); }
sys_busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
cpu_snapshot() { echo "$(ticks_of "$GW_PID") $(ticks_of "$CEIL_PID") $(pg_ticks) $(ticks_of "$REDIS_PID") $(sys_busy) $(date +%s.%N)"; }
cpu_report() { # before after loadtool-seconds -> "cores: host=.. postgres=.. redis=.. load=.. other=.."
  read -r g0 c0 p0 r0 s0 t0 <<<"$1"
  read -r g1 c1 p1 r1 s1 t1 <<<"$2"
  awk -v g=$((g1 - g0)) -v c=$((c1 - c0)) -v p=$((p1 - p0)) -v r=$((r1 - r0)) -v s=$((s1 - s0)) -v l="$3" -v t0="$t0" -v t1="$t1" \
    'BEGIN { d = t1 - t0; hz = 100; o = s/hz - (g + c + p + r)/hz - l; if (o < 0) o = 0;
             printf "gateway=%.2f ceiling-host=%.2f postgres=%.2f redis=%.2f load-tool=%.2f other=%.2f (cores, of 2)", g/hz/d, c/hz/d, p/hz/d, r/hz/d, l/d, o/d }'
}

# wrk closed loop: prints "rps p50 p99 n201 n2xx nonok" and keeps the raw output.
run_wrk() { # name url key-or-dash seconds
  local name=$1 url=$2 key=$3 seconds=$4 out=$RESULTS/wrk-$1.txt
  local before after cpu_load
  before=$(cpu_snapshot)
  { TIMEFORMAT='%U %S'; time wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$HERE/unique-keys.lua" "$url" \
      -- "$name-$RUN_ID" "$BODY" "$key" >"$out" 2>&1; } 2>"$out.time"
  after=$(cpu_snapshot)
  cpu_load=$(awk '{print $1 + $2}' "$out.time")
  local rps p50 p99 n201 n2xx total nonok
  rps=$(awk '/^SUMMARY/{for (i = 1; i <= NF; i++) if ($i ~ /^rps=/) {sub("rps=", "", $i); print $i}}' "$out")
  p50=$(awk '/^LAT/{sub("p50_ms=", "", $2); print $2}' "$out")
  p99=$(awk '/^LAT/{sub("p99_ms=", "", $4); print $4}' "$out")
  n201=$(awk '$1 == "STATUS" && $2 == 201 {n += $3} END {print n + 0}' "$out")
  n2xx=$(awk '$1 == "STATUS" && $2 >= 200 && $2 < 300 {n += $3} END {print n + 0}' "$out")
  total=$(awk '$1 == "STATUS" {n += $3} END {print n + 0}' "$out")
  local sockerr
  sockerr=$(awk '/^SUMMARY/{n = 0; for (i = 5; i <= NF; i++) {split($i, kv, "="); if (kv[1] ~ /^errors_(connect|read|write|timeout)$/) n += kv[2]} print n}' "$out")
  nonok=$((total - n2xx + sockerr))
  echo "$(cpu_report "$before" "$after" "$cpu_load")" >"$out.cpu"
  echo "$rps $p50 $p99 $n201 $n2xx $nonok"
}

# LoadGen open loop at a constant rate: prints its RESULT line.
run_open() { # name url rate [bearer]
  local name=$1 url=$2 rate=$3 key=${4:-} out=$RESULTS/loadgen-$1.txt
  local auth=()
  [[ -n $key ]] && auth=(--header "Authorization: Bearer $key")
  local before after
  before=$(cpu_snapshot)
  { TIMEFORMAT='%U %S'; time dotnet "$LOADGEN_DLL" --mode open --url "$url" --rate "$rate" --connections "$CONNECTIONS" \
      --warmup 3 --duration "$DURATION" --body-file "$BODY" --key-prefix "$name-$RUN_ID-" "${auth[@]}" >"$out" 2>&1; } 2>"$out.time"
  after=$(cpu_snapshot)
  echo "$(cpu_report "$before" "$after" "$(awk '{print $1 + $2}' "$out.time")")" >"$out.cpu"
  grep '^RESULT' "$out" || die "load generator: $(cat "$out")"
}
field() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1 == k {print $2}'; }

# ---------------------------------------------------------------- warm-up (JIT, pools, connections)
log "warm-up: ${WARMUP}s on each ceiling, ${CREATE_WARMUP}s on create-intent (not in the figures)"
run_wrk warmup-constant "$CONSTANT_URL" - "$WARMUP" >/dev/null
run_wrk warmup-insert "$INSERT_URL" - "$WARMUP" >/dev/null
run_wrk warmup-create "$CREATE_URL" "$API_KEY" "$CREATE_WARMUP" >/dev/null

# ---------------------------------------------------------------- peaks (closed loop, wrk -t$THREADS -c$CONNECTIONS)
log "peak: http-ceiling (wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s)"
read -r H_RPS H_P50 H_P99 _ H_OK H_BAD <<<"$(run_wrk http-ceiling "$CONSTANT_URL" - "$DURATION")"

log "peak: db-ceiling"
rows0=$(ceil_rows)
read -r D_RPS D_P50 D_P99 D_201 D_OK D_BAD <<<"$(run_wrk db-ceiling "$INSERT_URL" - "$DURATION")"
sleep 1
D_ROWS=$(($(ceil_rows) - rows0))

log "peak: create-intent"
"${PSQL[@]}" -d paygov -tAc "SELECT pg_stat_statements_reset()" >/dev/null
redis-cli -p "$REDIS_PORT" config resetstat >/dev/null
rows0=$(gw_rows)
read -r C_RPS C_P50 C_P99 C_201 C_OK C_BAD <<<"$(run_wrk create-intent "$CREATE_URL" "$API_KEY" "$DURATION")"
sleep 1
C_ROWS=$(($(gw_rows) - rows0))
# Where a create's round trips go: statements and Redis commands per created intent during the peak.
"${PSQL[@]}" -d paygov -c "SELECT calls, round((calls::numeric / $C_201), 2) AS per_create, round(mean_exec_time::numeric, 3) AS mean_ms,
    left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS query
  FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'paygov') ORDER BY calls DESC LIMIT 12" \
  >"$RESULTS/pg-statements.txt"
redis-cli -p "$REDIS_PORT" info commandstats | tr -d '\r' | awk -F'[:=,]' -v n="$C_201" \
  '/^cmdstat_/{sub("cmdstat_", "", $1); printf "%-12s calls=%-8s per_create=%.2f usec_per_call=%s\n", $1, $3, $3 / n, $7}' \
  >"$RESULTS/redis-commands.txt"

# ---------------------------------------------------------------- latency at half of create-intent's peak (open loop)
HALF=$(awk -v r="$C_RPS" 'BEGIN {printf "%d", r / 2}')
log "latency: create-intent at a constant $HALF req/s (half its peak), LoadGen open loop, 3 s warm-up + ${DURATION}s"
rows0=$(gw_rows)
L=$(run_open create-half "$CREATE_URL" "$HALF" "$API_KEY")
L_ROWS=$(($(gw_rows) - rows0))
log "reference: db-ceiling at the same constant $HALF req/s"
LD=$(run_open db-half "$INSERT_URL" "$HALF")

# ---------------------------------------------------------------- report
pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", 100 * a / b}'; }
RATIO_DB=$(pct "$C_RPS" "$D_RPS")
RATIO_HTTP=$(pct "$C_RPS" "$H_RPS")
L_P99=$(field p99_ms "$L")
PASS_RATIO=$(awk -v r="$RATIO_DB" -v t=$TARGET_RATIO 'BEGIN {print (r >= t) ? "PASS" : "FAIL"}')
PASS_P99=$(awk -v p="$L_P99" -v t=$TARGET_P99 'BEGIN {print (p <= t) ? "PASS" : "FAIL"}')
L_BAD=$(field non2xx "$L")
L_201=$(field s201 "$L")
LD_BAD=$(field non2xx "$LD")
CORRECT=PASS
[[ $C_BAD == 0 && $L_BAD == 0 && $D_BAD == 0 && $H_BAD == 0 && $LD_BAD == 0 ]] || CORRECT=FAIL
# wrk abandons the requests in flight when its time is up: the server may still commit those (<= connections).
(( C_ROWS >= C_201 && C_ROWS - C_201 <= CONNECTIONS )) || CORRECT=FAIL
(( D_ROWS >= D_201 && D_ROWS - D_201 <= CONNECTIONS )) || CORRECT=FAIL
(( L_ROWS == L_201 )) || CORRECT=FAIL

{
  echo
  echo "bench/create-intents  run $RUN_ID  commit $(git -C "$ROOT" rev-parse --short HEAD)${BENCH_GATEWAY_ENV:+  gateway env: $BENCH_GATEWAY_ENV}"
  echo "machine  on $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "peaks: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s (closed loop, unique Idempotency-Key per request); latency: LoadGen open loop"
  echo
  printf '%-34s %10s %9s %9s %8s %8s\n' scenario 'req/s' 'p50 ms' 'p99 ms' '2xx' 'non-2xx'
  printf '%-34s %10s %9s %9s %8s %8s\n' "http-ceiling   POST /constant" "$H_RPS" "$H_P50" "$H_P99" "$H_OK" "$H_BAD"
  printf '%-34s %10s %9s %9s %8s %8s\n' "db-ceiling     POST /insert" "$D_RPS" "$D_P50" "$D_P99" "$D_OK" "$D_BAD"
  printf '%-34s %10s %9s %9s %8s %8s\n' "create-intent  peak" "$C_RPS" "$C_P50" "$C_P99" "$C_OK" "$C_BAD"
  printf '%-34s %10s %9s %9s %8s %8s\n' "create-intent  @ $HALF/s (open loop)" "$(field rps "$L")" "$(field p50_ms "$L")" "$L_P99" "$(field s2xx "$L")" "$L_BAD"
  printf '%-34s %10s %9s %9s %8s %8s\n' "db-ceiling     @ $HALF/s (open loop)" "$(field rps "$LD")" "$(field p50_ms "$LD")" "$(field p99_ms "$LD")" "$(field s2xx "$LD")" "$LD_BAD"
  echo
  echo "create / db-ceiling   = $RATIO_DB %   (target >= $TARGET_RATIO %)           $PASS_RATIO"
  echo "create / http-ceiling = $RATIO_HTTP %"
  echo "p99 at half peak      = $L_P99 ms  (target <= $TARGET_P99 ms)          $PASS_P99"
  echo "correctness: create peak 201s=$C_201 rows=$C_ROWS (wrk abandons <= $CONNECTIONS in flight); db-ceiling 201s=$D_201 rows=$D_ROWS;" \
    "open loop 201s=$L_201 rows=$L_ROWS; non-2xx total=$((C_BAD + L_BAD + D_BAD + H_BAD + LD_BAD))   $CORRECT"
  echo
  # CPU per request of the system under test (host + PostgreSQL + Redis, not the load tool): the figure other
  # engineers' builds on the shared cores disturb least, and the ratio it gives if both had the same CPU.
  cpu_ms() { # name rps -> ms of CPU per request
    awk -v r="$2" '{for (i = 1; i <= NF; i++) {split($i, kv, "="); if (kv[1] ~ /^(gateway|ceiling-host|postgres|redis)$/) c += kv[2]}} END {printf "%.3f", 1000 * c / r}' \
      "$RESULTS/wrk-$1.txt.cpu"
  }
  H_CPU=$(cpu_ms http-ceiling "$H_RPS"); D_CPU=$(cpu_ms db-ceiling "$D_RPS"); C_CPU=$(cpu_ms create-intent "$C_RPS")
  echo "CPU ms per request (host + postgres + redis): http-ceiling $H_CPU, db-ceiling $D_CPU, create-intent $C_CPU;" \
    "CPU-normalised create/db-ceiling = $(pct "$D_CPU" "$C_CPU") %"
  echo
  echo "CPU during each peak (cores):"
  for n in http-ceiling db-ceiling create-intent; do printf '  %-14s %s\n' "$n" "$(cat "$RESULTS/wrk-$n.txt.cpu")"; done
  printf '  %-14s %s\n' "create @half" "$(cat "$RESULTS/loadgen-create-half.txt.cpu")"
  echo
  echo "per created intent during the create peak (pg_stat_statements, Redis commandstats):"
  sed 's/^/  /' "$RESULTS/pg-statements.txt"
  sed 's/^/  /' "$RESULTS/redis-commands.txt"
} | tee "$RESULTS/summary.txt"
