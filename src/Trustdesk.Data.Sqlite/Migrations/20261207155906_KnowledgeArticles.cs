using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trustdesk.Data.Sqlite.Migrations
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    record_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    record_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    changes = table.Column<string>(type: "TEXT", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    service_id = table.Column<long>(type: "INTEGER", nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    instructions = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: false),
                    keywords = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    end_users = table.Column<bool>(type: "INTEGER", nullable: false),
                    covered_specialists = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_by_id = table.Column<long>(type: "INTEGER", nullable: true),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    article_id = table.Column<long>(type: "INTEGER", nullable: false),
                    service_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
                        name: "fk_knowledge_deflections_knowledge_articles_article_id_account_id",
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    request_id = table.Column<long>(type: "INTEGER", nullable: false),
                    article_id = table.Column<long>(type: "INTEGER", nullable: false),
                    person_id = table.Column<long>(type: "INTEGER", nullable: false),
                    applied = table.Column<bool>(type: "INTEGER", nullable: false),
                    account_id = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lock_version = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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

            // Full-text search (ADR 46): FTS5 indexes over the services' and articles' own rows (external content), kept
            // by triggers; FullTextSearch's SQL ranks with bm25, weighted subject/name first.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE knowledge_articles_search USING fts5(subject, keywords, description, instructions,
                    content='knowledge_articles', content_rowid='id', tokenize='porter unicode61');
                CREATE TRIGGER knowledge_articles_search_insert AFTER INSERT ON knowledge_articles BEGIN
                    INSERT INTO knowledge_articles_search(rowid, subject, keywords, description, instructions)
                    VALUES (new.id, new.subject, new.keywords, new.description, new.instructions);
                END;
                CREATE TRIGGER knowledge_articles_search_delete AFTER DELETE ON knowledge_articles BEGIN
                    INSERT INTO knowledge_articles_search(knowledge_articles_search, rowid, subject, keywords, description, instructions)
                    VALUES ('delete', old.id, old.subject, old.keywords, old.description, old.instructions);
                END;
                CREATE TRIGGER knowledge_articles_search_update AFTER UPDATE ON knowledge_articles BEGIN
                    INSERT INTO knowledge_articles_search(knowledge_articles_search, rowid, subject, keywords, description, instructions)
                    VALUES ('delete', old.id, old.subject, old.keywords, old.description, old.instructions);
                    INSERT INTO knowledge_articles_search(rowid, subject, keywords, description, instructions)
                    VALUES (new.id, new.subject, new.keywords, new.description, new.instructions);
                END;
                CREATE VIRTUAL TABLE services_search USING fts5(name, keywords, description,
                    content='services', content_rowid='id', tokenize='porter unicode61');
                INSERT INTO services_search(rowid, name, keywords, description) SELECT id, name, keywords, description FROM services;
                CREATE TRIGGER services_search_insert AFTER INSERT ON services BEGIN
                    INSERT INTO services_search(rowid, name, keywords, description) VALUES (new.id, new.name, new.keywords, new.description);
                END;
                CREATE TRIGGER services_search_delete AFTER DELETE ON services BEGIN
                    INSERT INTO services_search(services_search, rowid, name, keywords, description)
                    VALUES ('delete', old.id, old.name, old.keywords, old.description);
                END;
                CREATE TRIGGER services_search_update AFTER UPDATE ON services BEGIN
                    INSERT INTO services_search(services_search, rowid, name, keywords, description)
                    VALUES ('delete', old.id, old.name, old.keywords, old.description);
                    INSERT INTO services_search(rowid, name, keywords, description) VALUES (new.id, new.name, new.keywords, new.description);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER services_search_insert; DROP TRIGGER services_search_delete; DROP TRIGGER services_search_update;
                DROP TABLE services_search;
                DROP TRIGGER knowledge_articles_search_insert; DROP TRIGGER knowledge_articles_search_delete;
                DROP TRIGGER knowledge_articles_search_update; DROP TABLE knowledge_articles_search;
                """);

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
