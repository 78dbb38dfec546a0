using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trustdesk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AccountServiceDeskTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "service_desk_team_id",
                table: "accounts",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_service_desk_team_id_id",
                table: "accounts",
                columns: new[] { "service_desk_team_id", "id" });

            migrationBuilder.AddForeignKey(
                name: "fk_accounts_teams_service_desk_team_id_id",
                table: "accounts",
                columns: new[] { "service_desk_team_id", "id" },
                principalTable: "teams",
                principalColumns: new[] { "id", "account_id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_accounts_teams_service_desk_team_id_id",
                table: "accounts");

            migrationBuilder.DropIndex(
                name: "ix_accounts_service_desk_team_id_id",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "service_desk_team_id",
                table: "accounts");
        }
    }
}
