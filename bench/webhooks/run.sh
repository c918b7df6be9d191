#!/usr/bin/env bash
# bench/webhooks: how fast one gateway node delivers a backlog of webhooks to a local receiver, against the
# receiver's own ceiling measured in the same run with wrk at the same concurrency.
# Usage: bash bench/webhooks/run.sh [EVENTS] [CONCURRENCY]
set -euo pipefail
cd "$(dirname "$0")/../.."
EVENTS="${1:-5000}"
CONCURRENCY="${2:-16}"
PG_PORT=55493; REDIS_PORT=56393; RECEIVER_PORT=58093; GATEWAY_PORT=58094

command -v wrk >/dev/null && command -v redis-server >/dev/null && compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk redis-server postgresql >/dev/null; }

STATE="$(mktemp -d /tmp/paygov-bench-webhooks.XXXXXX)"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  su postgres -c "$PG_BIN/pg_ctl -D $STATE/pg -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$STATE"
}
trap cleanup EXIT

echo "== building (Release)"
dotnet build Gateway -c Release -v quiet -nologo >/dev/null
dotnet build bench/webhooks/Receiver -c Release -v quiet -nologo >/dev/null

echo "== starting PostgreSQL :$PG_PORT, Redis :$REDIS_PORT, receiver :$RECEIVER_PORT"
mkdir -p "$STATE/pg" && chown -R postgres "$STATE" && chmod 755 "$STATE"
su postgres -c "$PG_BIN/initdb -D $STATE/pg -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
su postgres -c "$PG_BIN/pg_ctl -D $STATE/pg -l $STATE/pg.log -w start -o '-p $PG_PORT -k $STATE -c listen_addresses=127.0.0.1 -c max_connections=200'" >/dev/null
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >/dev/null
dotnet bench/webhooks/Receiver/bin/Release/net10.0/PayGov.Bench.WebhookReceiver.dll --urls "http://127.0.0.1:$RECEIVER_PORT" &
PIDS+=($!)
until curl -sf "http://127.0.0.1:$RECEIVER_PORT/stats" >/dev/null; do sleep 0.2; done

echo "== receiver ceiling: wrk -t2 -c$CONCURRENCY -d10s (POST of a webhook-sized body)"
CEILING=$(wrk -t2 -c"$CONCURRENCY" -d10s -s bench/webhooks/post.lua "http://127.0.0.1:$RECEIVER_PORT/hooks" | awk '/Requests\/sec/ {print $2}')
curl -sf -X POST "http://127.0.0.1:$RECEIVER_PORT/reset" >/dev/null

export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=paygov_bench"
export ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT"
export Webhooks__Concurrency="$CONCURRENCY" Webhooks__BatchSize=200 Logging__LogLevel__Default=Warning RateLimit__PermitLimit=100000
GATEWAY="dotnet Gateway/bin/Release/net10.0/PayGov.Gateway.dll"
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE paygov_bench" >/dev/null
KEY=$($GATEWAY portals create --name "Bench portal" --id bench --return-host localhost | awk '/^key:/ {print $2}')

echo "== seeding: one real event through the API, then a backlog of $EVENTS events like it, while no node runs"
$GATEWAY --urls "http://127.0.0.1:$GATEWAY_PORT" >"$STATE/gateway-seed.log" 2>&1 &
SEED=$!
until curl -sf "http://127.0.0.1:$GATEWAY_PORT/readyz" >/dev/null; do sleep 0.2; done
curl -sf "http://127.0.0.1:$GATEWAY_PORT/v1/payment_intents" -H "Authorization: Bearer $KEY" -H "Idempotency-Key: seed" \
  -H "Content-Type: application/json" -d '{"amount":150000,"reference":"000.00.30.H26-250314-000123","description":"Lệ phí cấp phiếu lý lịch tư pháp","fee_items":[{"code":"LP.LLTP","name":"Lệ phí cấp phiếu lý lịch tư pháp","amount":150000,"budget":{"treasury_code":"0011","budget_chapter":"426","budget_sub_item":"2764","revenue_agency":"1101001","area_code":"00004"}}]}' >/dev/null
kill -TERM "$SEED"; wait "$SEED" || true
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d paygov_bench -qc "
  INSERT INTO events (id, portal_id, livemode, type, object_id, object_sequence, data, created_at)
  SELECT 'evt_' || lpad(i::text, 26, '0'), 'bench', false, 'payment_intent.created', 'pi_' || lpad(i::text, 26, '0'), 1,
         (SELECT data FROM events LIMIT 1), now()
  FROM generate_series(1, $EVENTS) AS i;
  UPDATE events SET fanned_out_at = now() WHERE id NOT LIKE 'evt_0%';" >/dev/null
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d paygov_bench -qc "
  INSERT INTO webhook_endpoints (id, portal_id, livemode, url, enabled_events, description, secret, status, created_at, version)
  VALUES ('we_bench', 'bench', false, 'http://127.0.0.1:$RECEIVER_PORT/hooks', ARRAY['*'], 'bench', 'whsec_bench', 'Enabled', now(), 1);" >/dev/null

echo "== delivering: one gateway node, concurrency $CONCURRENCY"
$GATEWAY --urls "http://127.0.0.1:$GATEWAY_PORT" >"$STATE/gateway.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 600); do
  COUNT=$(curl -sf "http://127.0.0.1:$RECEIVER_PORT/stats" | sed 's/.*"count":\([0-9]*\).*/\1/')
  [ "$COUNT" -ge "$EVENTS" ] && break
  sleep 0.5
done
STATS=$(curl -sf "http://127.0.0.1:$RECEIVER_PORT/stats")
COUNT=$(sed 's/.*"count":\([0-9]*\).*/\1/' <<<"$STATS")
SPAN_MS=$(sed 's/.*"span_ms":\([0-9.]*\).*/\1/' <<<"$STATS")
SUCCEEDED=$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d paygov_bench -tAc "SELECT count(*) FROM webhook_deliveries WHERE status = 'Succeeded'")

RATE=$(awk -v n="$COUNT" -v ms="$SPAN_MS" 'BEGIN { printf "%.0f", (n - 1) / (ms / 1000) }')
RATIO=$(awk -v r="$RATE" -v c="$CEILING" 'BEGIN { printf "%.1f", 100 * r / c }')
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; events: $EVENTS; concurrency: $CONCURRENCY"
printf '%-44s %12s\n' "scenario" "req/s"
printf '%-44s %12.0f\n' "receiver ceiling (wrk, same concurrency)" "$CEILING"
printf '%-44s %12s\n' "gateway deliveries (fan-out + lease + send)" "$RATE"
echo "deliveries/s = ${RATIO}% of the receiver's ceiling; received $COUNT, recorded succeeded $SUCCEEDED"
