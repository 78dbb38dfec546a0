using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trustdesk.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Workflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "workflow_id",
                table: "requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "task_templates",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    instructions = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: true),
                    team_id = table.Column<long>(type: "INTEGER", nullable: true),
                    team_account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: true),
                    planned_duration = table.Column<int>(type: "INTEGER", nullable: true),
                    required_approvals = table.Column<int>(type: "INTEGER", nullable: true),
                    disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_templates", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_templates_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_templates_teams_team_id_team_account_id",
                        columns: x => new { x.team_id, x.team_account_id },
                        principalTable: "teams",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workflow_templates",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    impact = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    justification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_templates", x => x.id);
                    table.ForeignKey(
                        name: "fk_workflow_templates_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "task_template_approvers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    task_template_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_template_approvers", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_template_approvers_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_template_approvers_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_template_approvers_task_templates_task_template_id",
                        column: x => x.task_template_id,
                        principalTable: "task_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_template_phases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workflow_template_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_template_phases", x => x.id);
                    table.ForeignKey(
                        name: "fk_workflow_template_phases_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_template_phases_workflow_templates_workflow_template_id",
                        column: x => x.workflow_template_id,
                        principalTable: "workflow_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflows",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    impact = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    justification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    completion_reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    manager_id = table.Column<long>(type: "INTEGER", nullable: false),
                    template_id = table.Column<long>(type: "INTEGER", nullable: true),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflows", x => x.id);
                    table.UniqueConstraint("ak_workflows_id_account_id", x => new { x.id, x.account_id });
                    table.ForeignKey(
                        name: "fk_workflows_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflows_people_manager_id",
                        column: x => x.manager_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflows_workflow_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "workflow_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "task_template_relations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workflow_template_id = table.Column<long>(type: "INTEGER", nullable: false),
                    phase_id = table.Column<long>(type: "INTEGER", nullable: false),
                    task_template_id = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    failure_relation_id = table.Column<long>(type: "INTEGER", nullable: true),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_template_relations", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_template_relations_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_template_relations_task_template_relations_failure_relation_id",
                        column: x => x.failure_relation_id,
                        principalTable: "task_template_relations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_template_relations_task_templates_task_template_id",
                        column: x => x.task_template_id,
                        principalTable: "task_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_template_relations_workflow_template_phases_phase_id",
                        column: x => x.phase_id,
                        principalTable: "workflow_template_phases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_template_relations_workflow_templates_workflow_template_id",
                        column: x => x.workflow_template_id,
                        principalTable: "workflow_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_notes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workflow_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_workflow_notes_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_notes_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_notes_workflows_workflow_id_account_id",
                        columns: x => new { x.workflow_id, x.account_id },
                        principalTable: "workflows",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workflow_phases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workflow_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_phases", x => x.id);
                    table.ForeignKey(
                        name: "fk_workflow_phases_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_phases_workflows_workflow_id_account_id",
                        columns: x => new { x.workflow_id, x.account_id },
                        principalTable: "workflows",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "task_template_dependencies",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workflow_template_id = table.Column<long>(type: "INTEGER", nullable: false),
                    predecessor_relation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    successor_relation_id = table.Column<long>(type: "INTEGER", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_template_dependencies", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_template_dependencies_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_template_dependencies_task_template_relations_predecessor_relation_id",
                        column: x => x.predecessor_relation_id,
                        principalTable: "task_template_relations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_template_dependencies_task_template_relations_successor_relation_id",
                        column: x => x.successor_relation_id,
                        principalTable: "task_template_relations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_template_dependencies_workflow_templates_workflow_template_id",
                        column: x => x.workflow_template_id,
                        principalTable: "workflow_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_tasks",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workflow_id = table.Column<long>(type: "INTEGER", nullable: false),
                    phase_id = table.Column<long>(type: "INTEGER", nullable: true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    impact = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    instructions = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: true),
                    team_id = table.Column<long>(type: "INTEGER", nullable: true),
                    team_account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: true),
                    member_id = table.Column<long>(type: "INTEGER", nullable: true),
                    planned_duration = table.Column<int>(type: "INTEGER", nullable: true),
                    required_approvals = table.Column<int>(type: "INTEGER", nullable: true),
                    failure_task_id = table.Column<long>(type: "INTEGER", nullable: true),
                    is_failure_task = table.Column<bool>(type: "INTEGER", nullable: false),
                    activated_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    template_id = table.Column<long>(type: "INTEGER", nullable: true),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_workflow_tasks_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_tasks_people_member_id",
                        column: x => x.member_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_tasks_task_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "task_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_tasks_teams_team_id_team_account_id",
                        columns: x => new { x.team_id, x.team_account_id },
                        principalTable: "teams",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_tasks_workflow_phases_phase_id",
                        column: x => x.phase_id,
                        principalTable: "workflow_phases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_tasks_workflow_tasks_failure_task_id",
                        column: x => x.failure_task_id,
                        principalTable: "workflow_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workflow_tasks_workflows_workflow_id_account_id",
                        columns: x => new { x.workflow_id, x.account_id },
                        principalTable: "workflows",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "task_approvals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    task_id = table.Column<long>(type: "INTEGER", nullable: false),
                    approver_id = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    answered_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    team_account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: true),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_approvals", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_approvals_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_approvals_people_approver_id",
                        column: x => x.approver_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_approvals_workflow_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "workflow_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "task_dependencies",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    workflow_id = table.Column<long>(type: "INTEGER", nullable: false),
                    predecessor_id = table.Column<long>(type: "INTEGER", nullable: false),
                    successor_id = table.Column<long>(type: "INTEGER", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_dependencies", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_dependencies_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_dependencies_workflow_tasks_predecessor_id",
                        column: x => x.predecessor_id,
                        principalTable: "workflow_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_dependencies_workflow_tasks_successor_id",
                        column: x => x.successor_id,
                        principalTable: "workflow_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_dependencies_workflows_workflow_id_account_id",
                        columns: x => new { x.workflow_id, x.account_id },
                        principalTable: "workflows",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "task_notes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    task_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: false),
                    @internal = table.Column<bool>(name: "internal", type: "INTEGER", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_task_notes_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_notes_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_task_notes_workflow_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "workflow_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_requests_workflow_id_account_id",
                table: "requests",
                columns: new[] { "workflow_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_task_approvals_account_id_task_id_approver_id",
                table: "task_approvals",
                columns: new[] { "account_id", "task_id", "approver_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_approvals_approver_id_id",
                table: "task_approvals",
                columns: new[] { "approver_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_task_approvals_task_id_id",
                table: "task_approvals",
                columns: new[] { "task_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_task_dependencies_account_id_predecessor_id_successor_id",
                table: "task_dependencies",
                columns: new[] { "account_id", "predecessor_id", "successor_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_dependencies_predecessor_id",
                table: "task_dependencies",
                column: "predecessor_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_dependencies_successor_id",
                table: "task_dependencies",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_dependencies_workflow_id_account_id",
                table: "task_dependencies",
                columns: new[] { "workflow_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_task_dependencies_workflow_id_id",
                table: "task_dependencies",
                columns: new[] { "workflow_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_task_notes_account_id",
                table: "task_notes",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_notes_person_id",
                table: "task_notes",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_notes_task_id_id",
                table: "task_notes",
                columns: new[] { "task_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_task_template_approvers_account_id_task_template_id_person_id",
                table: "task_template_approvers",
                columns: new[] { "account_id", "task_template_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_template_approvers_person_id",
                table: "task_template_approvers",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_template_approvers_task_template_id",
                table: "task_template_approvers",
                column: "task_template_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_template_dependencies_account_id_predecessor_relation_id_successor_relation_id",
                table: "task_template_dependencies",
                columns: new[] { "account_id", "predecessor_relation_id", "successor_relation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_template_dependencies_predecessor_relation_id",
                table: "task_template_dependencies",
                column: "predecessor_relation_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_template_dependencies_successor_relation_id",
                table: "task_template_dependencies",
                column: "successor_relation_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_template_dependencies_workflow_template_id_id",
                table: "task_template_dependencies",
                columns: new[] { "workflow_template_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_task_template_relations_account_id",
                table: "task_template_relations",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_template_relations_failure_relation_id",
                table: "task_template_relations",
                column: "failure_relation_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_template_relations_phase_id",
                table: "task_template_relations",
                column: "phase_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_template_relations_task_template_id",
                table: "task_template_relations",
                column: "task_template_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_template_relations_workflow_template_id_id",
                table: "task_template_relations",
                columns: new[] { "workflow_template_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_task_templates_account_id_subject",
                table: "task_templates",
                columns: new[] { "account_id", "subject" });

            migrationBuilder.CreateIndex(
                name: "ix_task_templates_team_id_team_account_id",
                table: "task_templates",
                columns: new[] { "team_id", "team_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_notes_account_id",
                table: "workflow_notes",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_notes_person_id",
                table: "workflow_notes",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_notes_workflow_id_account_id",
                table: "workflow_notes",
                columns: new[] { "workflow_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_notes_workflow_id_id",
                table: "workflow_notes",
                columns: new[] { "workflow_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_phases_account_id_workflow_id_position",
                table: "workflow_phases",
                columns: new[] { "account_id", "workflow_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_phases_workflow_id_account_id",
                table: "workflow_phases",
                columns: new[] { "workflow_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_account_id_id",
                table: "workflow_tasks",
                columns: new[] { "account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_failure_task_id",
                table: "workflow_tasks",
                column: "failure_task_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_member_id",
                table: "workflow_tasks",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_phase_id",
                table: "workflow_tasks",
                column: "phase_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_team_account_id_id",
                table: "workflow_tasks",
                columns: new[] { "team_account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_team_id_team_account_id",
                table: "workflow_tasks",
                columns: new[] { "team_id", "team_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_template_id",
                table: "workflow_tasks",
                column: "template_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_workflow_id_account_id",
                table: "workflow_tasks",
                columns: new[] { "workflow_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_workflow_id_id",
                table: "workflow_tasks",
                columns: new[] { "workflow_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_template_phases_account_id_workflow_template_id_name",
                table: "workflow_template_phases",
                columns: new[] { "account_id", "workflow_template_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_template_phases_workflow_template_id",
                table: "workflow_template_phases",
                column: "workflow_template_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_templates_account_id_subject",
                table: "workflow_templates",
                columns: new[] { "account_id", "subject" });

            migrationBuilder.CreateIndex(
                name: "ix_workflows_account_id_id",
                table: "workflows",
                columns: new[] { "account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_workflows_manager_id",
                table: "workflows",
                column: "manager_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflows_template_id",
                table: "workflows",
                column: "template_id");

            migrationBuilder.AddForeignKey(
                name: "fk_requests_workflows_workflow_id_account_id",
                table: "requests",
                columns: new[] { "workflow_id", "account_id" },
                principalTable: "workflows",
                principalColumns: new[] { "id", "account_id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_requests_workflows_workflow_id_account_id",
                table: "requests");

            migrationBuilder.DropTable(
                name: "task_approvals");

            migrationBuilder.DropTable(
                name: "task_dependencies");

            migrationBuilder.DropTable(
                name: "task_notes");

            migrationBuilder.DropTable(
                name: "task_template_approvers");

            migrationBuilder.DropTable(
                name: "task_template_dependencies");

            migrationBuilder.DropTable(
                name: "workflow_notes");

            migrationBuilder.DropTable(
                name: "workflow_tasks");

            migrationBuilder.DropTable(
                name: "task_template_relations");

            migrationBuilder.DropTable(
                name: "workflow_phases");

            migrationBuilder.DropTable(
                name: "task_templates");

            migrationBuilder.DropTable(
                name: "workflow_template_phases");

            migrationBuilder.DropTable(
                name: "workflows");

            migrationBuilder.DropTable(
                name: "workflow_templates");

            migrationBuilder.DropIndex(
                name: "ix_requests_workflow_id_account_id",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "workflow_id",
                table: "requests");
        }
    }
}
