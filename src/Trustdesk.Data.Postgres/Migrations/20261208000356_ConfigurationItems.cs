using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Trustdesk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConfigurationItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contracts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    supplier_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    expiry_date = table.Column<DateOnly>(type: "date", nullable: true),
                    notice_date = table.Column<DateOnly>(type: "date", nullable: true),
                    remarks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contracts", x => x.id);
                    table.UniqueConstraint("ak_contracts_id_account_id", x => new { x.id, x.account_id });
                    table.ForeignKey(
                        name: "fk_contracts_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contracts_organizations_supplier_id",
                        column: x => x.supplier_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
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
                    table.PrimaryKey("pk_products", x => x.id);
                    table.UniqueConstraint("ak_products_id_account_id", x => new { x.id, x.account_id });
                    table.ForeignKey(
                        name: "fk_products_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cis",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    product_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    serial_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    asset_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    system_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    site_id = table.Column<long>(type: "bigint", nullable: true),
                    supplier_id = table.Column<long>(type: "bigint", nullable: true),
                    service_instance_id = table.Column<long>(type: "bigint", nullable: true),
                    support_team_id = table.Column<long>(type: "bigint", nullable: true),
                    support_team_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    warranty_expiry_date = table.Column<DateOnly>(type: "date", nullable: true),
                    remarks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cis", x => x.id);
                    table.UniqueConstraint("ak_cis_id_account_id", x => new { x.id, x.account_id });
                    table.ForeignKey(
                        name: "fk_cis_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cis_organizations_supplier_id",
                        column: x => x.supplier_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cis_products_product_id_account_id",
                        columns: x => new { x.product_id, x.account_id },
                        principalTable: "products",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cis_service_instances_service_instance_id_account_id",
                        columns: x => new { x.service_instance_id, x.account_id },
                        principalTable: "service_instances",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cis_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cis_teams_support_team_id_support_team_account_id",
                        columns: x => new { x.support_team_id, x.support_team_account_id },
                        principalTable: "teams",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ci_audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ci_id = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    changes = table.Column<string>(type: "text", nullable: false),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ci_audit_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_ci_audit_entries_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ci_audit_entries_cis_ci_id",
                        column: x => x.ci_id,
                        principalTable: "cis",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ci_audit_entries_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ci_notes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ci_id = table.Column<long>(type: "bigint", nullable: false),
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
                    table.PrimaryKey("pk_ci_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_ci_notes_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ci_notes_cis_ci_id",
                        column: x => x.ci_id,
                        principalTable: "cis",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ci_notes_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ci_relations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ci_id = table.Column<long>(type: "bigint", nullable: false),
                    relation_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    related_ci_id = table.Column<long>(type: "bigint", nullable: false),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ci_relations", x => x.id);
                    table.ForeignKey(
                        name: "fk_ci_relations_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ci_relations_cis_ci_id_account_id",
                        columns: x => new { x.ci_id, x.account_id },
                        principalTable: "cis",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ci_relations_cis_related_ci_id_account_id",
                        columns: x => new { x.related_ci_id, x.account_id },
                        principalTable: "cis",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ci_users",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ci_id = table.Column<long>(type: "bigint", nullable: false),
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
                    table.PrimaryKey("pk_ci_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_ci_users_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ci_users_cis_ci_id_account_id",
                        columns: x => new { x.ci_id, x.account_id },
                        principalTable: "cis",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ci_users_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contract_cis",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    contract_id = table.Column<long>(type: "bigint", nullable: false),
                    ci_id = table.Column<long>(type: "bigint", nullable: false),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contract_cis", x => x.id);
                    table.ForeignKey(
                        name: "fk_contract_cis_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contract_cis_cis_ci_id_account_id",
                        columns: x => new { x.ci_id, x.account_id },
                        principalTable: "cis",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contract_cis_contracts_contract_id_account_id",
                        columns: x => new { x.contract_id, x.account_id },
                        principalTable: "contracts",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "request_cis",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    request_id = table.Column<long>(type: "bigint", nullable: false),
                    ci_id = table.Column<long>(type: "bigint", nullable: false),
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
                    table.PrimaryKey("pk_request_cis", x => x.id);
                    table.ForeignKey(
                        name: "fk_request_cis_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_request_cis_cis_ci_id",
                        column: x => x.ci_id,
                        principalTable: "cis",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_request_cis_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_request_cis_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ci_audit_entries_account_id",
                table: "ci_audit_entries",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_ci_audit_entries_ci_id_id",
                table: "ci_audit_entries",
                columns: new[] { "ci_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_ci_audit_entries_person_id",
                table: "ci_audit_entries",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_ci_notes_account_id",
                table: "ci_notes",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_ci_notes_ci_id_id",
                table: "ci_notes",
                columns: new[] { "ci_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_ci_notes_person_id",
                table: "ci_notes",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_ci_relations_account_id_ci_id_related_ci_id",
                table: "ci_relations",
                columns: new[] { "account_id", "ci_id", "related_ci_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ci_relations_ci_id_account_id",
                table: "ci_relations",
                columns: new[] { "ci_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ci_relations_related_ci_id_account_id",
                table: "ci_relations",
                columns: new[] { "related_ci_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ci_relations_related_ci_id_ci_id",
                table: "ci_relations",
                columns: new[] { "related_ci_id", "ci_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ci_users_account_id_ci_id_person_id",
                table: "ci_users",
                columns: new[] { "account_id", "ci_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ci_users_ci_id_account_id",
                table: "ci_users",
                columns: new[] { "ci_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ci_users_person_id_ci_id",
                table: "ci_users",
                columns: new[] { "person_id", "ci_id" });

            migrationBuilder.CreateIndex(
                name: "ix_cis_account_id_id",
                table: "cis",
                columns: new[] { "account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_cis_account_id_label",
                table: "cis",
                columns: new[] { "account_id", "label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cis_product_id_account_id",
                table: "cis",
                columns: new[] { "product_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_cis_product_id_id",
                table: "cis",
                columns: new[] { "product_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_cis_service_instance_id_account_id",
                table: "cis",
                columns: new[] { "service_instance_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_cis_site_id",
                table: "cis",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_cis_supplier_id",
                table: "cis",
                column: "supplier_id");

            migrationBuilder.CreateIndex(
                name: "ix_cis_support_team_account_id_account_id_id",
                table: "cis",
                columns: new[] { "support_team_account_id", "account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_cis_support_team_id_support_team_account_id",
                table: "cis",
                columns: new[] { "support_team_id", "support_team_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contract_cis_account_id_contract_id_ci_id",
                table: "contract_cis",
                columns: new[] { "account_id", "contract_id", "ci_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contract_cis_ci_id_account_id",
                table: "contract_cis",
                columns: new[] { "ci_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contract_cis_ci_id_contract_id",
                table: "contract_cis",
                columns: new[] { "ci_id", "contract_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contract_cis_contract_id_account_id",
                table: "contract_cis",
                columns: new[] { "contract_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contracts_account_id_id",
                table: "contracts",
                columns: new[] { "account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_contracts_account_id_notice_date",
                table: "contracts",
                columns: new[] { "account_id", "notice_date" });

            migrationBuilder.CreateIndex(
                name: "ix_contracts_supplier_id",
                table: "contracts",
                column: "supplier_id");

            migrationBuilder.CreateIndex(
                name: "ix_products_account_id_name",
                table: "products",
                columns: new[] { "account_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_request_cis_account_id_request_id_ci_id",
                table: "request_cis",
                columns: new[] { "account_id", "request_id", "ci_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_request_cis_ci_id_request_id",
                table: "request_cis",
                columns: new[] { "ci_id", "request_id" });

            migrationBuilder.CreateIndex(
                name: "ix_request_cis_person_id",
                table: "request_cis",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_request_cis_request_id_ci_id",
                table: "request_cis",
                columns: new[] { "request_id", "ci_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ci_audit_entries");

            migrationBuilder.DropTable(
                name: "ci_notes");

            migrationBuilder.DropTable(
                name: "ci_relations");

            migrationBuilder.DropTable(
                name: "ci_users");

            migrationBuilder.DropTable(
                name: "contract_cis");

            migrationBuilder.DropTable(
                name: "request_cis");

            migrationBuilder.DropTable(
                name: "contracts");

            migrationBuilder.DropTable(
                name: "cis");

            migrationBuilder.DropTable(
                name: "products");
        }
    }
}
