using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trustdesk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TaskApproverIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "approver_ids",
                table: "workflow_tasks",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "approver_ids",
                table: "workflow_tasks");
        }
    }
}
