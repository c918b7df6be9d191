using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PayGov.Gateway.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FanOutIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_fanned_out_at",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_events_awaiting_fan_out",
                table: "events",
                column: "id",
                filter: "fanned_out_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_awaiting_fan_out",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_events_fanned_out_at",
                table: "events",
                column: "fanned_out_at");
        }
    }
}
