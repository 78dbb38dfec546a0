using Microsoft.EntityFrameworkCore.Design;

namespace Trustdesk.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TrustdeskDbContext>
{
    public TrustdeskDbContext CreateDbContext(string[] args) =>
        TrustdeskDbContextOptions.CreateUnscoped(options => options.UseSqliteFile("Data Source=design.db"));
}
