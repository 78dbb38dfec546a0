namespace Trustdesk.Bench.Databases;

/// <summary>One statement the server sends for a measured call, with the values it binds.</summary>
internal sealed record ServerQuery(string Name, string Sql, IReadOnlyDictionary<string, object> Parameters);

/// <summary>
/// The statements EF Core generates for the measured people calls, copied from the server's command log
/// (<c>--trace-sql</c>), so the plans shown are those of what the server actually runs. Keep in step with
/// ListPeople and Listing when they change.
/// </summary>
internal static class PeopleQueries
{
    private const string AccountParameter = "ef_filter__CurrentAccountId";

    private static readonly string[] Columns =
    [
        "id", "account_id", "created_at", "disabled", "employee_id", "job_title", "locale", "lock_version", "manager_id", "name",
        "organization_id", "password_hash", "primary_email", "primary_email_key", "site_id", "source", "source_id", "time_zone",
        "updated_at", "vip",
    ];

    public static IReadOnlyList<ServerQuery> For(PeopleQueryArguments arguments, bool postgres)
    {
        // Npgsql's EF provider leaves snake_case names unquoted; the SQLite provider quotes every identifier.
        string Q(string name) => postgres ? name : $"\"{name}\"";
        var people = $"FROM {Q("people")} AS {Q("p")}";
        var inAccount = $"WHERE {Q("p")}.{Q("account_id")} = @{AccountParameter}";
        var inOrganization = $"{inAccount} AND {Q("p")}.{Q("organization_id")} = {arguments.OrganizationId}";
        var select = "SELECT " + string.Join(", ", Columns.Select(c => $"{Q("p")}.{Q(c)}"));
        var count = postgres ? "SELECT count(*)::int" : "SELECT COUNT(*)";
        var byId = $"ORDER BY {Q("p")}.{Q("id")}";
        var byNameDescending = $"ORDER BY {Q("p")}.{Q("name")} DESC, {Q("p")}.{Q("id")}";
        const string page = "LIMIT @p1 OFFSET @p";

        Dictionary<string, object> Account() => new() { [AccountParameter] = arguments.AccountId };
        Dictionary<string, object> Page(int perPage, int number) =>
            new() { [AccountParameter] = arguments.AccountId, ["p1"] = perPage, ["p"] = (number - 1) * perPage };

        return
        [
            new("GET /v1/people — count (X-Pagination-Total-Entries)", $"{count}\n{people}\n{inAccount}", Account()),
            new("GET /v1/people — first page", $"{select}\n{people}\n{inAccount}\n{byId}\n{page}", Page(20, 1)),
            new("GET /v1/people?per_page=100 — page", $"{select}\n{people}\n{inAccount}\n{byId}\n{page}", Page(100, 1)),
            new("GET /v1/people?page=500 — page", $"{select}\n{people}\n{inAccount}\n{byId}\n{page}", Page(20, 500)),
            new("GET /v1/people?sort=-name — page", $"{select}\n{people}\n{inAccount}\n{byNameDescending}\n{page}", Page(20, 1)),
            new("GET /v1/people?organization_id= — count", $"{count}\n{people}\n{inOrganization}", Account()),
            new("GET /v1/people?organization_id= — page", $"{select}\n{people}\n{inOrganization}\n{byId}\n{page}", Page(20, 1)),
            new("GET /v1/people/{id}", $"{select}\n{people}\n{inAccount} AND {Q("p")}.{Q("id")} = @id\nLIMIT 1",
                new Dictionary<string, object> { [AccountParameter] = arguments.AccountId, ["id"] = arguments.PersonId }),
        ];
    }
}
