using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PayGov.Gateway.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartialFanOutIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_fanned_out_at",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_events_fanned_out_at",
                table: "events",
                column: "fanned_out_at",
                filter: "fanned_out_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_fanned_out_at",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "ix_events_fanned_out_at",
                table: "events",
                column: "fanned_out_at");
        }
    }
}
