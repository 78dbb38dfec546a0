using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Trustdesk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Problems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "problems",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    service_id = table.Column<long>(type: "bigint", nullable: false),
                    subject = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    impact = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    manager_id = table.Column<long>(type: "bigint", nullable: true),
                    team_id = table.Column<long>(type: "bigint", nullable: true),
                    member_id = table.Column<long>(type: "bigint", nullable: true),
                    known_error = table.Column<bool>(type: "boolean", nullable: false),
                    workaround = table.Column<string>(type: "character varying(60000)", maxLength: 60000, nullable: true),
                    solved_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_by_id = table.Column<long>(type: "bigint", nullable: true),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_problems", x => x.id);
                    table.UniqueConstraint("ak_problems_id_account_id", x => new { x.id, x.account_id });
                    table.ForeignKey(
                        name: "fk_problems_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problems_people_created_by_id",
                        column: x => x.created_by_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problems_people_manager_id",
                        column: x => x.manager_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problems_people_member_id",
                        column: x => x.member_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problems_services_service_id_account_id",
                        columns: x => new { x.service_id, x.account_id },
                        principalTable: "services",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problems_teams_team_id_account_id",
                        columns: x => new { x.team_id, x.account_id },
                        principalTable: "teams",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "problem_notes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    problem_id = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    text = table.Column<string>(type: "character varying(60000)", maxLength: 60000, nullable: false),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_problem_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_problem_notes_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problem_notes_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problem_notes_problems_problem_id_account_id",
                        columns: x => new { x.problem_id, x.account_id },
                        principalTable: "problems",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "problem_requests",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    problem_id = table.Column<long>(type: "bigint", nullable: false),
                    request_id = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_problem_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_problem_requests_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problem_requests_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problem_requests_problems_problem_id_account_id",
                        columns: x => new { x.problem_id, x.account_id },
                        principalTable: "problems",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_problem_requests_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_problem_notes_account_id",
                table: "problem_notes",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_problem_notes_person_id",
                table: "problem_notes",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_problem_notes_problem_id_account_id",
                table: "problem_notes",
                columns: new[] { "problem_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_problem_notes_problem_id_id",
                table: "problem_notes",
                columns: new[] { "problem_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_problem_requests_account_id_request_id",
                table: "problem_requests",
                columns: new[] { "account_id", "request_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_problem_requests_person_id",
                table: "problem_requests",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_problem_requests_problem_id_account_id",
                table: "problem_requests",
                columns: new[] { "problem_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_problem_requests_problem_id_request_id",
                table: "problem_requests",
                columns: new[] { "problem_id", "request_id" });

            migrationBuilder.CreateIndex(
                name: "ix_problem_requests_request_id",
                table: "problem_requests",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_account_id_id",
                table: "problems",
                columns: new[] { "account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_problems_created_by_id",
                table: "problems",
                column: "created_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_manager_id",
                table: "problems",
                column: "manager_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_member_id",
                table: "problems",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_problems_service_id_account_id",
                table: "problems",
                columns: new[] { "service_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_problems_team_id_account_id",
                table: "problems",
                columns: new[] { "team_id", "account_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "problem_notes");

            migrationBuilder.DropTable(
                name: "problem_requests");

            migrationBuilder.DropTable(
                name: "problems");
        }
    }
}
