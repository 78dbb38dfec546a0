using Microsoft.EntityFrameworkCore.Design;

namespace Trustdesk.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL; it never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TrustdeskDbContext>
{
    public TrustdeskDbContext CreateDbContext(string[] args) =>
        TrustdeskDbContextOptions.CreateUnscoped(options => options.UsePostgres("Host=localhost"));
}
