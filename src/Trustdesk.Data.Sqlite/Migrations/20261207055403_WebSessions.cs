using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trustdesk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WebSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "web_sessions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    key_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_web_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_web_sessions_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_web_sessions_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_web_sessions_account_id_person_id_expires_at",
                table: "web_sessions",
                columns: new[] { "account_id", "person_id", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "ix_web_sessions_key_hash_account_id",
                table: "web_sessions",
                columns: new[] { "key_hash", "account_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_web_sessions_person_id",
                table: "web_sessions",
                column: "person_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "web_sessions");
        }
    }
}
