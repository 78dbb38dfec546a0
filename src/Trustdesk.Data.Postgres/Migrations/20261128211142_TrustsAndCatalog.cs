using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Trustdesk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TrustsAndCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "services",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    keywords = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    service_owner_id = table.Column<long>(type: "bigint", nullable: true),
                    first_line_team_id = table.Column<long>(type: "bigint", nullable: true),
                    support_team_id = table.Column<long>(type: "bigint", nullable: true),
                    disabled = table.Column<bool>(type: "boolean", nullable: false),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_services", x => x.id);
                    table.ForeignKey(
                        name: "fk_services_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_services_people_service_owner_id",
                        column: x => x.service_owner_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_services_teams_first_line_team_id",
                        column: x => x.first_line_team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_services_teams_support_team_id",
                        column: x => x.support_team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "trusts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    customer_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    provider_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    inviter_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    options = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    invitation_expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trusts", x => x.id);
                    table.ForeignKey(
                        name: "fk_trusts_accounts_customer_account_id",
                        column: x => x.customer_account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trusts_accounts_inviter_account_id",
                        column: x => x.inviter_account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trusts_accounts_provider_account_id",
                        column: x => x.provider_account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "service_instances",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    service_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    first_line_team_id = table.Column<long>(type: "bigint", nullable: true),
                    support_team_id = table.Column<long>(type: "bigint", nullable: true),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_instances", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_instances_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_service_instances_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_service_instances_teams_first_line_team_id",
                        column: x => x.first_line_team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_service_instances_teams_support_team_id",
                        column: x => x.support_team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "service_offerings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    service_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    response_target_low = table.Column<int>(type: "integer", nullable: true),
                    response_target_medium = table.Column<int>(type: "integer", nullable: true),
                    response_target_high = table.Column<int>(type: "integer", nullable: true),
                    response_target_top = table.Column<int>(type: "integer", nullable: true),
                    response_target_rfc = table.Column<int>(type: "integer", nullable: true),
                    response_target_rfi = table.Column<int>(type: "integer", nullable: true),
                    resolution_target_low = table.Column<int>(type: "integer", nullable: true),
                    resolution_target_medium = table.Column<int>(type: "integer", nullable: true),
                    resolution_target_high = table.Column<int>(type: "integer", nullable: true),
                    resolution_target_top = table.Column<int>(type: "integer", nullable: true),
                    resolution_target_rfc = table.Column<int>(type: "integer", nullable: true),
                    resolution_target_rfi = table.Column<int>(type: "integer", nullable: true),
                    support_hours = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    support_hours_time_zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_offerings", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_offerings_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_service_offerings_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "trust_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trust_id = table.Column<long>(type: "bigint", nullable: false),
                    customer_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    provider_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    acting_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    person_id = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trust_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_trust_events_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trust_events_trusts_trust_id",
                        column: x => x.trust_id,
                        principalTable: "trusts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "slas",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    service_offering_id = table.Column<long>(type: "bigint", nullable: false),
                    service_instance_id = table.Column<long>(type: "bigint", nullable: false),
                    customer_organization_id = table.Column<long>(type: "bigint", nullable: false),
                    customer_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    coverage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    expiry_date = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    service_level_manager_id = table.Column<long>(type: "bigint", nullable: true),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slas", x => x.id);
                    table.ForeignKey(
                        name: "fk_slas_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_slas_accounts_customer_account_id",
                        column: x => x.customer_account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_slas_organizations_customer_organization_id",
                        column: x => x.customer_organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_slas_people_service_level_manager_id",
                        column: x => x.service_level_manager_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_slas_service_instances_service_instance_id",
                        column: x => x.service_instance_id,
                        principalTable: "service_instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_slas_service_offerings_service_offering_id",
                        column: x => x.service_offering_id,
                        principalTable: "service_offerings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sla_coverage_targets",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    sla_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    organization_id = table.Column<long>(type: "bigint", nullable: true),
                    site_id = table.Column<long>(type: "bigint", nullable: true),
                    person_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sla_coverage_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_sla_coverage_targets_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sla_coverage_targets_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sla_coverage_targets_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sla_coverage_targets_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sla_coverage_targets_slas_sla_id",
                        column: x => x.sla_id,
                        principalTable: "slas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_service_instances_account_id_name",
                table: "service_instances",
                columns: new[] { "account_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_service_instances_account_id_service_id",
                table: "service_instances",
                columns: new[] { "account_id", "service_id" });

            migrationBuilder.CreateIndex(
                name: "ix_service_instances_first_line_team_id",
                table: "service_instances",
                column: "first_line_team_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_instances_service_id",
                table: "service_instances",
                column: "service_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_instances_support_team_id",
                table: "service_instances",
                column: "support_team_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_offerings_account_id_service_id",
                table: "service_offerings",
                columns: new[] { "account_id", "service_id" });

            migrationBuilder.CreateIndex(
                name: "ix_service_offerings_service_id",
                table: "service_offerings",
                column: "service_id");

            migrationBuilder.CreateIndex(
                name: "ix_services_account_id_name",
                table: "services",
                columns: new[] { "account_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_services_first_line_team_id",
                table: "services",
                column: "first_line_team_id");

            migrationBuilder.CreateIndex(
                name: "ix_services_service_owner_id",
                table: "services",
                column: "service_owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_services_support_team_id",
                table: "services",
                column: "support_team_id");

            migrationBuilder.CreateIndex(
                name: "ix_sla_coverage_targets_account_id_sla_id_kind_organization_id~",
                table: "sla_coverage_targets",
                columns: new[] { "account_id", "sla_id", "kind", "organization_id", "site_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sla_coverage_targets_organization_id",
                table: "sla_coverage_targets",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_sla_coverage_targets_person_id",
                table: "sla_coverage_targets",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_sla_coverage_targets_site_id",
                table: "sla_coverage_targets",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_sla_coverage_targets_sla_id",
                table: "sla_coverage_targets",
                column: "sla_id");

            migrationBuilder.CreateIndex(
                name: "ix_slas_account_id_service_instance_id",
                table: "slas",
                columns: new[] { "account_id", "service_instance_id" });

            migrationBuilder.CreateIndex(
                name: "ix_slas_customer_account_id",
                table: "slas",
                column: "customer_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_slas_customer_organization_id",
                table: "slas",
                column: "customer_organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_slas_service_instance_id",
                table: "slas",
                column: "service_instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_slas_service_level_manager_id",
                table: "slas",
                column: "service_level_manager_id");

            migrationBuilder.CreateIndex(
                name: "ix_slas_service_offering_id",
                table: "slas",
                column: "service_offering_id");

            migrationBuilder.CreateIndex(
                name: "ix_slas_status_customer_account_id",
                table: "slas",
                columns: new[] { "status", "customer_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_trust_events_person_id",
                table: "trust_events",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_trust_events_trust_id_id",
                table: "trust_events",
                columns: new[] { "trust_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_trusts_customer_account_id_provider_account_id_status",
                table: "trusts",
                columns: new[] { "customer_account_id", "provider_account_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_trusts_inviter_account_id",
                table: "trusts",
                column: "inviter_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_trusts_provider_account_id_customer_account_id_status",
                table: "trusts",
                columns: new[] { "provider_account_id", "customer_account_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sla_coverage_targets");

            migrationBuilder.DropTable(
                name: "trust_events");

            migrationBuilder.DropTable(
                name: "slas");

            migrationBuilder.DropTable(
                name: "trusts");

            migrationBuilder.DropTable(
                name: "service_instances");

            migrationBuilder.DropTable(
                name: "service_offerings");

            migrationBuilder.DropTable(
                name: "services");
        }
    }
}
