using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PayGov.Gateway.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaymentAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payment_attempts",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    intent_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    merchant_reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    provider_transaction_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
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

            migrationBuilder.CreateIndex(
                name: "ix_payment_attempts_intent_id",
                table: "payment_attempts",
                column: "intent_id");

            migrationBuilder.CreateIndex(
                name: "ix_payment_attempts_provider_merchant_reference",
                table: "payment_attempts",
                columns: new[] { "provider", "merchant_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rejected_callbacks_provider_merchant_reference",
                table: "rejected_callbacks",
                columns: new[] { "provider", "merchant_reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payment_attempts");

            migrationBuilder.DropTable(
                name: "rejected_callbacks");
        }
    }
}
