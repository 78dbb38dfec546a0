using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trustdesk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TrustAmendments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "proposed_additions",
                table: "trusts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "proposed_at",
                table: "trusts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "proposer_account_id",
                table: "trusts",
                type: "character varying(63)",
                maxLength: 63,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "options",
                table: "trust_events",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_trusts_proposer_account_id",
                table: "trusts",
                column: "proposer_account_id");

            migrationBuilder.AddForeignKey(
                name: "fk_trusts_accounts_proposer_account_id",
                table: "trusts",
                column: "proposer_account_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_trusts_accounts_proposer_account_id",
                table: "trusts");

            migrationBuilder.DropIndex(
                name: "ix_trusts_proposer_account_id",
                table: "trusts");

            migrationBuilder.DropColumn(
                name: "proposed_additions",
                table: "trusts");

            migrationBuilder.DropColumn(
                name: "proposed_at",
                table: "trusts");

            migrationBuilder.DropColumn(
                name: "proposer_account_id",
                table: "trusts");

            migrationBuilder.DropColumn(
                name: "options",
                table: "trust_events");
        }
    }
}
