\set r random(1, 9000000000000000000)
-- PostgreSQL floor of a create: the gateway's 4 INSERTs in one transaction, no application (needs table evtemplate(data) holding one event JSON).
BEGIN;
INSERT INTO payment_intents (id, amount, amount_refunded, canceled_at, cancellation_reason, client_secret, created_at, description, expires_at, livemode, metadata, method, payer_email, payer_name, payer_phone, portal_id, provider, reference, return_url, status, succeeded_at, version) VALUES ('pi_pgb_' || :r::bigint, 150000, 0, NULL, NULL, 'pi_pgb_' || :r::bigint || '_secret_ABCDEFGHIJKLMNOPQRSTUVWX', now(), 'Phiếu lý lịch tư pháp số 1', now() + interval '1 day', false, '{}', NULL, NULL, NULL, NULL, 'bench', NULL, 'H26-000123', NULL, 'RequiresPaymentMethod', NULL, 1);
INSERT INTO fee_items (intent_id, item_no, amount, code, name, area_code, budget_chapter, budget_sub_item, revenue_agency, treasury_code) VALUES ('pi_pgb_' || :r::bigint, 1, 150000, 'LP.LLTP', 'Lệ phí cấp phiếu lý lịch tư pháp', '00004', '426', '2764', '1101001', '0011');
INSERT INTO events (id, created_at, data, livemode, object_id, object_sequence, portal_id, type) SELECT 'evt_pgb_' || :r::bigint, now(), data, false, 'pi_pgb_' || :r::bigint, 1, 'bench', 'payment_intent.created' FROM evtemplate;
INSERT INTO idempotency_records (key, portal_id, created_at, request_hash, resource_id) VALUES ('pgb-' || :r::bigint, 'bench', now(), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'pi_pgb_' || :r::bigint);
COMMIT;
