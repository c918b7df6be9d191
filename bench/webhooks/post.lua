-- A webhook-sized POST (about 1.5 KB, like a payment_intent event) for the receiver's own ceiling.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["PayGov-Signature"] = "t=1700000000,v1=0000000000000000000000000000000000000000000000000000000000000000"
wrk.body = '{"id":"evt_bench","type":"payment_intent.created","data":{"object":{' .. string.rep('"k":"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv",', 30) .. '"z":1},"sequence":1}}'
