using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Trustdesk.Data.Isolation;

/// <summary>Keeps a separate model for the test-only "filter switched off" switch, so production SQL stays plain.</summary>
public sealed class IsolationModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is TrustdeskDbContext db
            ? (context.GetType(), db.Switches.AccountFilterDisabled, db.Switches.PlantedBug, designTime)
            : (object)(context.GetType(), designTime);
}
