using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Trustdesk.Web.Api.Outages;

/// <summary>Tells <see cref="DatabaseOutage"/> of every commit, which is how it learns that the database is back.</summary>
internal sealed class CommitsEndOutages(DatabaseOutage outage) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        outage.Committed(eventData.StartTime);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        outage.Committed(eventData.StartTime);
        return Task.CompletedTask;
    }
}
