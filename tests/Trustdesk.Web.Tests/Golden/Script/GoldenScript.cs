namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// Every golden call, in one fixed order: each part's set-up (records the reference scenario lacks, made through the
/// API), then every part's reads, then every part's writes. The order of the parts is the order their records depend on.
/// </summary>
public static class GoldenScript
{
    public static async Task RunAsync(GoldenRecorder r, ScenarioRecords s)
    {
        var accounts = new AccountCalls(r);
        var trusts = new TrustCalls(r, s);
        IGoldenPart[] parts =
        [
            new RootCalls(r), accounts, new AccessTokenCalls(r), new PeopleCalls(r, s), new OrganizationCalls(r, s), new SiteCalls(r, s),
            new TeamCalls(r, s), new PermissionCalls(r, s), new CatalogCalls(r, s), trusts, new StrandedCalls(r, s, trusts),
            new RequestCalls(r, s), new WorkflowCalls(r, s), new TemplateCalls(r, s), new KnowledgeCalls(r, s), new ProblemCalls(r, s),
            new ConfigurationItemCalls(r, s),
            new EventCalls(r, accounts),
        ];
        foreach (var part in parts) await part.SetUpAsync();
        foreach (var part in parts) await part.ReadAsync();
        foreach (var part in parts) await part.WriteAsync();
    }
}
