\set r random(1, 9000000000000000000)
-- The db-ceiling's single INSERT, driven by pgbench instead of HTTP.
INSERT INTO bench_insert (id, idempotency_key, body) VALUES ('bi_pgb_' || :r::bigint, 'k' || :r::bigint, '{"amount":150000,"reference":"H26-000123","description":"Phiếu lý lịch tư pháp số 1","fee_items":[{"code":"LP.LLTP","name":"Lệ phí cấp phiếu lý lịch tư pháp","amount":150000,"budget":{"treasury_code":"0011","budget_chapter":"426","budget_sub_item":"2764","revenue_agency":"1101001","area_code":"00004"}}]}');
