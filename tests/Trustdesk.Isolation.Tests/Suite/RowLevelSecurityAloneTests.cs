using Trustdesk.Isolation.Tests.Checks;
using Trustdesk.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Trustdesk.Isolation.Tests.Suite;

/// <summary>
/// Layer 3 alone (PostgreSQL): the same suite with the EF account filter switched off by the test-only switch
/// <c>Isolation:AccountFilterDisabled</c>, so row-level security alone stands between accounts on every database-backed
/// path; and the catalog audit of the tables, the app role and the unique indexes.
/// </summary>
public sealed class RowLevelSecurityAloneTests(ITestOutputHelper output)
{
    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Row_level_security_alone_holds_every_path_for_every_actor()
    {
        PostgresOnly.Require();
        await new HostileTenantsTests(output).RunAsync(new Dictionary<string, string> { ["Isolation:AccountFilterDisabled"] = "true" }, dynamics: false);
    }

    [Fact]
    [Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task The_catalog_forces_row_level_security_on_every_account_owned_table()
    {
        PostgresOnly.Require();
        using var server = new TrustdeskServer().Started();
        var findings = await CatalogAudit.FindingsAsync(server.Database);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
