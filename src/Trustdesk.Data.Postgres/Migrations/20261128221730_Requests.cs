using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Trustdesk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Requests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddUniqueConstraint(
                name: "ak_teams_id_account_id",
                table: "teams",
                columns: new[] { "id", "account_id" });

            migrationBuilder.AddUniqueConstraint(
                name: "ak_service_instances_id_account_id",
                table: "service_instances",
                columns: new[] { "id", "account_id" });

            migrationBuilder.CreateTable(
                name: "requests",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subject = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    impact = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    completion_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    requested_by_id = table.Column<long>(type: "bigint", nullable: false),
                    requested_for_id = table.Column<long>(type: "bigint", nullable: false),
                    team_id = table.Column<long>(type: "bigint", nullable: true),
                    team_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    member_id = table.Column<long>(type: "bigint", nullable: true),
                    service_instance_id = table.Column<long>(type: "bigint", nullable: true),
                    service_instance_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    sla_id = table.Column<long>(type: "bigint", nullable: true),
                    customer_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    response_target_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    resolution_target_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_requests_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_requests_accounts_customer_account_id",
                        column: x => x.customer_account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_requests_people_member_id",
                        column: x => x.member_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_requests_people_requested_by_id",
                        column: x => x.requested_by_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_requests_people_requested_for_id",
                        column: x => x.requested_for_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_requests_service_instances_service_instance_id_service_inst~",
                        columns: x => new { x.service_instance_id, x.service_instance_account_id },
                        principalTable: "service_instances",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_requests_slas_sla_id",
                        column: x => x.sla_id,
                        principalTable: "slas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_requests_teams_team_id_team_account_id",
                        columns: x => new { x.team_id, x.team_account_id },
                        principalTable: "teams",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_requests_account_id_id",
                table: "requests",
                columns: new[] { "account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_requests_customer_account_id_id",
                table: "requests",
                columns: new[] { "customer_account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_requests_member_id",
                table: "requests",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_requests_requested_by_id",
                table: "requests",
                column: "requested_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_requests_requested_for_id_id",
                table: "requests",
                columns: new[] { "requested_for_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_requests_service_instance_account_id_id",
                table: "requests",
                columns: new[] { "service_instance_account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_requests_service_instance_id_service_instance_account_id",
                table: "requests",
                columns: new[] { "service_instance_id", "service_instance_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_requests_sla_id",
                table: "requests",
                column: "sla_id");

            migrationBuilder.CreateIndex(
                name: "ix_requests_team_account_id_id",
                table: "requests",
                columns: new[] { "team_account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_requests_team_id_team_account_id",
                table: "requests",
                columns: new[] { "team_id", "team_account_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "requests");

            migrationBuilder.DropUniqueConstraint(
                name: "ak_teams_id_account_id",
                table: "teams");

            migrationBuilder.DropUniqueConstraint(
                name: "ak_service_instances_id_account_id",
                table: "service_instances");
        }
    }
}
