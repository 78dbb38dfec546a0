using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Trustdesk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeArticles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddUniqueConstraint(
                name: "ak_services_id_account_id",
                table: "services",
                columns: new[] { "id", "account_id" });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    record_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    record_id = table.Column<long>(type: "bigint", nullable: false),
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
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_audit_entries_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_audit_entries_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_articles",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    service_id = table.Column<long>(type: "bigint", nullable: false),
                    subject = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    instructions = table.Column<string>(type: "character varying(60000)", maxLength: 60000, nullable: false),
                    keywords = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    end_users = table.Column<bool>(type: "boolean", nullable: false),
                    covered_specialists = table.Column<bool>(type: "boolean", nullable: false),
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
                    table.PrimaryKey("pk_knowledge_articles", x => x.id);
                    table.UniqueConstraint("ak_knowledge_articles_id_account_id", x => new { x.id, x.account_id });
                    table.ForeignKey(
                        name: "fk_knowledge_articles_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_knowledge_articles_people_created_by_id",
                        column: x => x.created_by_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_knowledge_articles_services_service_id_account_id",
                        columns: x => new { x.service_id, x.account_id },
                        principalTable: "services",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_deflections",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    service_id = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    person_account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge_deflections", x => x.id);
                    table.ForeignKey(
                        name: "fk_knowledge_deflections_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_knowledge_deflections_knowledge_articles_article_id_account~",
                        columns: x => new { x.article_id, x.account_id },
                        principalTable: "knowledge_articles",
                        principalColumns: new[] { "id", "account_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_knowledge_deflections_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "request_knowledge_articles",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    request_id = table.Column<long>(type: "bigint", nullable: false),
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    applied = table.Column<bool>(type: "boolean", nullable: false),
                    account_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lock_version = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_request_knowledge_articles", x => x.id);
                    table.ForeignKey(
                        name: "fk_request_knowledge_articles_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_request_knowledge_articles_knowledge_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "knowledge_articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_request_knowledge_articles_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_request_knowledge_articles_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_account_id_record_type_record_id_id",
                table: "audit_entries",
                columns: new[] { "account_id", "record_type", "record_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_person_id",
                table: "audit_entries",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_articles_account_id_id",
                table: "knowledge_articles",
                columns: new[] { "account_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_articles_created_by_id",
                table: "knowledge_articles",
                column: "created_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_articles_service_id_account_id",
                table: "knowledge_articles",
                columns: new[] { "service_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_articles_service_id_status",
                table: "knowledge_articles",
                columns: new[] { "service_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_deflections_account_id_article_id_person_id",
                table: "knowledge_deflections",
                columns: new[] { "account_id", "article_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_deflections_article_id_account_id",
                table: "knowledge_deflections",
                columns: new[] { "article_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_deflections_person_id",
                table: "knowledge_deflections",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_request_knowledge_articles_account_id_request_id_article_id",
                table: "request_knowledge_articles",
                columns: new[] { "account_id", "request_id", "article_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_request_knowledge_articles_article_id_id",
                table: "request_knowledge_articles",
                columns: new[] { "article_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_request_knowledge_articles_person_id",
                table: "request_knowledge_articles",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_request_knowledge_articles_request_id_id",
                table: "request_knowledge_articles",
                columns: new[] { "request_id", "id" });

            // Full-text search (ADR 46): a stored tsvector per service and article, weighted subject/name first, in the
            // 'english' configuration; the model does not know these columns, FullTextSearch's SQL reads them.
            migrationBuilder.Sql("""
                ALTER TABLE knowledge_articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', subject), 'A')
                    || setweight(to_tsvector('english', coalesce(keywords, '')), 'B')
                    || setweight(to_tsvector('english', coalesce(description, '')), 'C')
                    || setweight(to_tsvector('english', instructions), 'D')) STORED;
                CREATE INDEX ix_knowledge_articles_search ON knowledge_articles USING gin (search);
                ALTER TABLE services ADD COLUMN search tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', name), 'A')
                    || setweight(to_tsvector('english', coalesce(keywords, '')), 'B')
                    || setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED;
                CREATE INDEX ix_services_search ON services USING gin (search);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE services DROP COLUMN search;");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "knowledge_deflections");

            migrationBuilder.DropTable(
                name: "request_knowledge_articles");

            migrationBuilder.DropTable(
                name: "knowledge_articles");

            migrationBuilder.DropUniqueConstraint(
                name: "ak_services_id_account_id",
                table: "services");
        }
    }
}
