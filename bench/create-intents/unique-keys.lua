-- wrk script for bench/create-intents: every request gets its own Idempotency-Key
-- ("<run prefix>-<thread>-<counter>") and the same JSON body; status codes are counted per thread and
-- printed at the end as "STATUS <code> <count>" so the benchmark can compare 201s with database rows.
--   wrk ... -s unique-keys.lua <url> -- <key prefix> <body file> <bearer key or ->
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  prefix = args[1] or "wrk"
  local f = assert(io.open(args[2], "rb"))
  body = f:read("*a")
  f:close()
  headers = { ["Content-Type"] = "application/json" }
  if args[3] and args[3] ~= "-" then
    headers["Authorization"] = "Bearer " .. args[3]
  end
  statuses = {}
end

function request()
  counter = counter + 1
  headers["Idempotency-Key"] = prefix .. "-" .. id .. "-" .. counter
  return wrk.format("POST", nil, headers, body)
end

function response(status, hdrs, resp)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for code, n in pairs(s) do
      total[code] = (total[code] or 0) + n
    end
  end
  for code, n in pairs(total) do
    io.write(string.format("STATUS %d %d\n", code, n))
  end
  io.write(string.format("LAT p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("SUMMARY requests=%d duration_s=%.2f rps=%.1f errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d errors_status=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
