using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trustdesk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequestVisibilityIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_requests_customer_account_id_id",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "ix_requests_service_instance_account_id_id",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "ix_requests_team_account_id_id",
                table: "requests");

            migrationBuilder.CreateIndex(
                name: "ix_requests_customer_account_id_account_id_id",
                table: "requests",
                columns: new[] { "customer_account_id", "account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_requests_service_instance_account_id_account_id_id",
                table: "requests",
                columns: new[] { "service_instance_account_id", "account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_requests_team_account_id_account_id_id",
                table: "requests",
                columns: new[] { "team_account_id", "account_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_requests_customer_account_id_account_id_id",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "ix_requests_service_instance_account_id_account_id_id",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "ix_requests_team_account_id_account_id_id",
                table: "requests");

            migrationBuilder.CreateIndex(
                name: "ix_requests_customer_account_id_id",
                table: "requests",
                columns: new[] { "customer_account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_requests_service_instance_account_id_id",
                table: "requests",
                columns: new[] { "service_instance_account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_requests_team_account_id_id",
                table: "requests",
                columns: new[] { "team_account_id", "id" });
        }
    }
}
