using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trustdesk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SlaCoverageTargetUniqueness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sla_coverage_targets_account_id_sla_id_kind_organization_id_site_id_person_id",
                table: "sla_coverage_targets");

            migrationBuilder.DropIndex(
                name: "ix_sla_coverage_targets_organization_id",
                table: "sla_coverage_targets");

            migrationBuilder.DropIndex(
                name: "ix_sla_coverage_targets_person_id",
                table: "sla_coverage_targets");

            migrationBuilder.DropIndex(
                name: "ix_sla_coverage_targets_site_id",
                table: "sla_coverage_targets");

            migrationBuilder.CreateIndex(
                name: "ix_sla_coverage_targets_account_id_sla_id",
                table: "sla_coverage_targets",
                columns: new[] { "account_id", "sla_id" });

            migrationBuilder.CreateIndex(
                name: "ix_sla_coverage_targets_organization_id_sla_id_account_id",
                table: "sla_coverage_targets",
                columns: new[] { "organization_id", "sla_id", "account_id" },
                unique: true,
                filter: "organization_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sla_coverage_targets_person_id_sla_id_account_id",
                table: "sla_coverage_targets",
                columns: new[] { "person_id", "sla_id", "account_id" },
                unique: true,
                filter: "person_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sla_coverage_targets_site_id_sla_id_account_id",
                table: "sla_coverage_targets",
                columns: new[] { "site_id", "sla_id", "account_id" },
                unique: true,
                filter: "site_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sla_coverage_targets_account_id_sla_id",
                table: "sla_coverage_targets");

            migrationBuilder.DropIndex(
                name: "ix_sla_coverage_targets_organization_id_sla_id_account_id",
                table: "sla_coverage_targets");

            migrationBuilder.DropIndex(
                name: "ix_sla_coverage_targets_person_id_sla_id_account_id",
                table: "sla_coverage_targets");

            migrationBuilder.DropIndex(
                name: "ix_sla_coverage_targets_site_id_sla_id_account_id",
                table: "sla_coverage_targets");

            migrationBuilder.CreateIndex(
                name: "ix_sla_coverage_targets_account_id_sla_id_kind_organization_id_site_id_person_id",
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
        }
    }
}
