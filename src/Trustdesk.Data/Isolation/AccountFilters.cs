using Microsoft.EntityFrameworkCore;
using Trustdesk.Data.Isolation.Rules;

namespace Trustdesk.Data.Isolation;

/// <summary>
/// The data-layer isolation filter: one named query filter per account-owned entity, each produced from its rule's
/// declaration (<see cref="Rules.IsolationRules"/>). An account-owned entity without a rule stops the model from
/// building, so none can be forgotten; <c>VisibilityRuleTests</c> lists them.
/// </summary>
internal static class AccountFilters
{
    public static void Apply(ModelBuilder model, TrustdeskDbContext db)
    {
        var rules = PlantedRules.For(RuleLayer.Filter, db.Switches);
        foreach (var rule in rules) rule.ApplyFilter(model, db, TrustdeskDbContext.AccountFilter);
        var ruled = IsolationRules.All.Select(r => r.Entity).ToHashSet();
        var forgotten = model.Model.GetEntityTypes().Select(e => e.ClrType).Where(IsolationRules.NeedsRule).Where(t => !ruled.Contains(t)).ToList();
        if (forgotten.Count > 0)
            throw new InvalidOperationException(
                $"Account-owned entities without a visibility rule: {string.Join(", ", forgotten.Select(t => t.Name))}. Declare one in IsolationRules.");
    }
}
