using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PayGov.Gateway.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "portals",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    return_hosts = table.Column<string>(type: "TEXT", nullable: false),
                    allowed_methods = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_portals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_exceptions",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    business_day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    expected_amount = table.Column<long>(type: "INTEGER", nullable: true),
                    observed_amount = table.Column<long>(type: "INTEGER", nullable: true),
                    provider = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    portal_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    details_json = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    resolution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    resolution_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    resolved_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    resolved_at = table.Column<long>(type: "INTEGER", nullable: true),
                    approved_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    approved_at = table.Column<long>(type: "INTEGER", nullable: true),
                    raised_by_run_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    last_run_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_exceptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_files",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    business_day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    received_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    superseded_by_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    superseded_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    superseded_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_runs",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    business_day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    triggered_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    previous_run_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    caused_by_run_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: false),
                    exception_count = table.Column<int>(type: "INTEGER", nullable: false),
                    awaiting_count = table.Column<int>(type: "INTEGER", nullable: false),
                    awaiting_json = table.Column<string>(type: "TEXT", nullable: true),
                    report_json = table.Column<string>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    superseded_by_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    superseded_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rejected_callbacks",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    merchant_reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rejected_callbacks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "treasury_users",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    username = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    security_stamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    failed_sign_ins = table.Column<int>(type: "INTEGER", nullable: false),
                    locked_until = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_sign_in_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_treasury_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    portal_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    display_prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_keys_portals_portal_id",
                        column: x => x.portal_id,
                        principalTable: "portals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    portal_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    livemode = table.Column<bool>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    object_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    object_sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    data = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    fanned_out_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_events_portals_portal_id",
                        column: x => x.portal_id,
                        principalTable: "portals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    portal_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    livemode = table.Column<bool>(type: "INTEGER", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    resource_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.portal_id, x.livemode, x.key });
                    table.ForeignKey(
                        name: "fk_idempotency_records_portals_portal_id",
                        column: x => x.portal_id,
                        principalTable: "portals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payment_intents",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    portal_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    livemode = table.Column<bool>(type: "INTEGER", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    payer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    payer_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    payer_phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    return_url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    metadata = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    amount_refunded = table.Column<long>(type: "INTEGER", nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    client_secret = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    succeeded_at = table.Column<long>(type: "INTEGER", nullable: true),
                    canceled_at = table.Column<long>(type: "INTEGER", nullable: true),
                    cancellation_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_intents", x => x.id);
                    table.ForeignKey(
                        name: "fk_payment_intents_portals_portal_id",
                        column: x => x.portal_id,
                        principalTable: "portals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhook_endpoints",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    portal_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    livemode = table.Column<bool>(type: "INTEGER", nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    enabled_events = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    secret = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    previous_secret = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    previous_secret_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    failing_since = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    disabled_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_endpoints", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_endpoints_portals_portal_id",
                        column: x => x.portal_id,
                        principalTable: "portals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_exception_actions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    exception_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    actor_role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    from_status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    to_status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    resolution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    run_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_exception_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_reconciliation_exception_actions_reconciliation_exceptions_exception_id",
                        column: x => x.exception_id,
                        principalTable: "reconciliation_exceptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_day_closures",
                columns: table => new
                {
                    business_day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    run_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    report_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    payments_count = table.Column<long>(type: "INTEGER", nullable: false),
                    payments_amount = table.Column<long>(type: "INTEGER", nullable: false),
                    refunds_count = table.Column<long>(type: "INTEGER", nullable: false),
                    refunds_amount = table.Column<long>(type: "INTEGER", nullable: false),
                    net = table.Column<long>(type: "INTEGER", nullable: false),
                    resolved_exceptions = table.Column<int>(type: "INTEGER", nullable: false),
                    superseded_exceptions = table.Column<int>(type: "INTEGER", nullable: false),
                    closed_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    closed_by_role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_day_closures", x => x.business_day);
                    table.ForeignKey(
                        name: "fk_reconciliation_day_closures_reconciliation_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "reconciliation_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_report_rows",
                columns: table => new
                {
                    run_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    dimension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    treasury_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    budget_chapter = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    budget_sub_item = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    revenue_agency = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    area_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    payments_count = table.Column<long>(type: "INTEGER", nullable: true),
                    payments_amount = table.Column<long>(type: "INTEGER", nullable: false),
                    refunds_count = table.Column<long>(type: "INTEGER", nullable: true),
                    refunds_amount = table.Column<long>(type: "INTEGER", nullable: false),
                    net = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_report_rows", x => new { x.run_id, x.dimension, x.key });
                    table.ForeignKey(
                        name: "fk_reconciliation_report_rows_reconciliation_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "reconciliation_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_run_inputs",
                columns: table => new
                {
                    run_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    file_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_run_inputs", x => new { x.run_id, x.source });
                    table.ForeignKey(
                        name: "fk_reconciliation_run_inputs_reconciliation_files_file_id",
                        column: x => x.file_id,
                        principalTable: "reconciliation_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_reconciliation_run_inputs_reconciliation_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "reconciliation_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fee_items",
                columns: table => new
                {
                    item_no = table.Column<int>(type: "INTEGER", nullable: false),
                    intent_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    treasury_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    budget_chapter = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    budget_sub_item = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    revenue_agency = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    area_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fee_items", x => new { x.intent_id, x.item_no });
                    table.ForeignKey(
                        name: "fk_fee_items_payment_intents_intent_id",
                        column: x => x.intent_id,
                        principalTable: "payment_intents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payment_attempts",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    intent_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    merchant_reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    provider_reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    provider_transaction_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    redirect_url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    qr_payload = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    deeplink = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    next_query_at = table.Column<long>(type: "INTEGER", nullable: true),
                    queries = table.Column<int>(type: "INTEGER", nullable: false),
                    received_amount = table.Column<long>(type: "INTEGER", nullable: false),
                    anomaly = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_attempts", x => x.id);
                    table.ForeignKey(
                        name: "fk_payment_attempts_payment_intents_intent_id",
                        column: x => x.intent_id,
                        principalTable: "payment_intents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    event_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    endpoint_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    portal_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempt_count = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_owner = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    lease_until = table.Column<long>(type: "INTEGER", nullable: true),
                    last_status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_deliveries_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_webhook_deliveries_webhook_endpoints_endpoint_id",
                        column: x => x.endpoint_id,
                        principalTable: "webhook_endpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bank_credits",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    connector_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    transaction_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    bank_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    account_number = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    credit_time = table.Column<long>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    bank_reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    counter_bank_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    counter_account_number = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    counter_account_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    matched_reference = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    attempt_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    exception = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    refund_due = table.Column<long>(type: "INTEGER", nullable: true),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bank_credits", x => x.id);
                    table.ForeignKey(
                        name: "fk_bank_credits_payment_attempts_attempt_id",
                        column: x => x.attempt_id,
                        principalTable: "payment_attempts",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "receipts",
                columns: table => new
                {
                    number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    verification_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    intent_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    attempt_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    provider_transaction_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_receipts", x => x.number);
                    table.ForeignKey(
                        name: "fk_receipts_payment_attempts_attempt_id",
                        column: x => x.attempt_id,
                        principalTable: "payment_attempts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_receipts_payment_intents_intent_id",
                        column: x => x.intent_id,
                        principalTable: "payment_intents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "refunds",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    intent_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    attempt_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    portal_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    livemode = table.Column<bool>(type: "INTEGER", nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    metadata = table.Column<string>(type: "TEXT", nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    reference_at_provider = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    provider_refund_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    failure_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    next_query_at = table.Column<long>(type: "INTEGER", nullable: true),
                    queries = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refunds", x => x.id);
                    table.ForeignKey(
                        name: "fk_refunds_payment_attempts_attempt_id",
                        column: x => x.attempt_id,
                        principalTable: "payment_attempts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_refunds_payment_intents_intent_id",
                        column: x => x.intent_id,
                        principalTable: "payment_intents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_refunds_portals_portal_id",
                        column: x => x.portal_id,
                        principalTable: "portals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhook_attempts",
                columns: table => new
                {
                    attempt_no = table.Column<int>(type: "INTEGER", nullable: false),
                    delivery_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    error = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    duration_ms = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_attempts", x => new { x.delivery_id, x.attempt_no });
                    table.ForeignKey(
                        name: "fk_webhook_attempts_webhook_deliveries_delivery_id",
                        column: x => x.delivery_id,
                        principalTable: "webhook_deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_hash",
                table: "api_keys",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_portal_id",
                table: "api_keys",
                column: "portal_id");

            migrationBuilder.CreateIndex(
                name: "ix_bank_credits_attempt_id",
                table: "bank_credits",
                column: "attempt_id");

            migrationBuilder.CreateIndex(
                name: "ix_bank_credits_connector_id_transaction_id",
                table: "bank_credits",
                columns: new[] { "connector_id", "transaction_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_awaiting_fan_out",
                table: "events",
                column: "id",
                filter: "fanned_out_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_events_object_id_object_sequence",
                table: "events",
                columns: new[] { "object_id", "object_sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_portal_id_livemode_id",
                table: "events",
                columns: new[] { "portal_id", "livemode", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_attempts_anomalies",
                table: "payment_attempts",
                column: "completed_at",
                filter: "anomaly IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_payment_attempts_intent_id",
                table: "payment_attempts",
                column: "intent_id");

            migrationBuilder.CreateIndex(
                name: "ix_payment_attempts_next_query_at",
                table: "payment_attempts",
                column: "next_query_at",
                filter: "next_query_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_payment_attempts_provider_merchant_reference",
                table: "payment_attempts",
                columns: new[] { "provider", "merchant_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_attempts_provider_provider_reference",
                table: "payment_attempts",
                columns: new[] { "provider", "provider_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_intents_portal_id_livemode_id",
                table: "payment_intents",
                columns: new[] { "portal_id", "livemode", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_intents_portal_id_reference",
                table: "payment_intents",
                columns: new[] { "portal_id", "reference" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_intents_status_expires_at",
                table: "payment_intents",
                columns: new[] { "status", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "ix_receipts_attempt_id",
                table: "receipts",
                column: "attempt_id");

            migrationBuilder.CreateIndex(
                name: "ix_receipts_intent_id",
                table: "receipts",
                column: "intent_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_day_closures_run_id",
                table: "reconciliation_day_closures",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_exception_actions_exception_id_id",
                table: "reconciliation_exception_actions",
                columns: new[] { "exception_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_exceptions_business_day_id",
                table: "reconciliation_exceptions",
                columns: new[] { "business_day", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_exceptions_key",
                table: "reconciliation_exceptions",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_exceptions_status_id",
                table: "reconciliation_exceptions",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_files_business_day_source_id",
                table: "reconciliation_files",
                columns: new[] { "business_day", "source", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_files_source_business_day_sha256",
                table: "reconciliation_files",
                columns: new[] { "source", "business_day", "sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_run_inputs_file_id",
                table: "reconciliation_run_inputs",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_runs_business_day_id",
                table: "reconciliation_runs",
                columns: new[] { "business_day", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_refunds_automatic_attempt_id",
                table: "refunds",
                column: "attempt_id",
                unique: true,
                filter: "origin = 'Automatic'");

            migrationBuilder.CreateIndex(
                name: "ix_refunds_intent_id",
                table: "refunds",
                column: "intent_id");

            migrationBuilder.CreateIndex(
                name: "ix_refunds_next_query_at",
                table: "refunds",
                column: "next_query_at",
                filter: "next_query_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_refunds_portal_id_livemode_id",
                table: "refunds",
                columns: new[] { "portal_id", "livemode", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_refunds_reference",
                table: "refunds",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rejected_callbacks_provider_merchant_reference",
                table: "rejected_callbacks",
                columns: new[] { "provider", "merchant_reference" });

            migrationBuilder.CreateIndex(
                name: "ix_treasury_users_username",
                table: "treasury_users",
                column: "username",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_endpoint_id",
                table: "webhook_deliveries",
                column: "endpoint_id");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_event_id_endpoint_id",
                table: "webhook_deliveries",
                columns: new[] { "event_id", "endpoint_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_status_next_attempt_at",
                table: "webhook_deliveries",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_webhook_endpoints_portal_id_livemode_id",
                table: "webhook_endpoints",
                columns: new[] { "portal_id", "livemode", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "bank_credits");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "fee_items");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "receipts");

            migrationBuilder.DropTable(
                name: "reconciliation_day_closures");

            migrationBuilder.DropTable(
                name: "reconciliation_exception_actions");

            migrationBuilder.DropTable(
                name: "reconciliation_report_rows");

            migrationBuilder.DropTable(
                name: "reconciliation_run_inputs");

            migrationBuilder.DropTable(
                name: "refunds");

            migrationBuilder.DropTable(
                name: "rejected_callbacks");

            migrationBuilder.DropTable(
                name: "treasury_users");

            migrationBuilder.DropTable(
                name: "webhook_attempts");

            migrationBuilder.DropTable(
                name: "reconciliation_exceptions");

            migrationBuilder.DropTable(
                name: "reconciliation_files");

            migrationBuilder.DropTable(
                name: "reconciliation_runs");

            migrationBuilder.DropTable(
                name: "payment_attempts");

            migrationBuilder.DropTable(
                name: "webhook_deliveries");

            migrationBuilder.DropTable(
                name: "payment_intents");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "webhook_endpoints");

            migrationBuilder.DropTable(
                name: "portals");
        }
    }
}
