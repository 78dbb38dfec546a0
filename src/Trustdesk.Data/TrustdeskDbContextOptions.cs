using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Trustdesk.Data.Isolation;
using Trustdesk.Data.Stamping;

namespace Trustdesk.Data;

/// <summary>What every <see cref="TrustdeskDbContext"/> needs, whichever database it runs on.</summary>
public static class TrustdeskDbContextOptions
{
    public static DbContextOptionsBuilder AddTrustdeskConventions(this DbContextOptionsBuilder options, TimeProvider time) =>
        options.AddInterceptors(new AccountGuardInterceptor(), new RecordStampInterceptor(time))
            .ReplaceService<IModelCacheKeyFactory, IsolationModelCacheKeyFactory>();

    /// <summary>A context with no account scope, for migrations and design-time tools; it reads no account-owned row.</summary>
    public static TrustdeskDbContext CreateUnscoped(Action<DbContextOptionsBuilder> useProvider)
    {
        var options = new DbContextOptionsBuilder<TrustdeskDbContext>();
        useProvider(options);
        options.AddTrustdeskConventions(TimeProvider.System);
        return new TrustdeskDbContext(options.Options, new AccountScope(), new IsolationSwitches());
    }
}
