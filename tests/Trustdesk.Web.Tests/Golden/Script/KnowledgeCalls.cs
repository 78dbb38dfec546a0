namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// Knowledge articles: the competence center's (Chris writes them), as its specialists, a covered specialist of NL (Nick)
/// and an end user (Anna) see them; written, validated by a knowledge manager, refused to a specialist once validated.
/// </summary>
public sealed class KnowledgeCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    public Task SetUpAsync() => Task.CompletedTask;

    public async Task ReadAsync()
    {
        await r.CollectionAsync(Callers.Chris, "/v1/knowledge_articles", "subject,status", "-subject", "status=validated");
        await r.GetAsync(Callers.Nick, "/v1/knowledge_articles");
        await r.GetAsync(Callers.Anna, "/v1/knowledge_articles");
        foreach (var filter in new[] { "work_in_progress", "not_validated", "validated", "archived" })
            await r.GetAsync(Callers.Chris, $"/v1/knowledge_articles/{filter}");
        await r.RecordAsync(Callers.Chris, $"/v1/knowledge_articles/{s.PasswordArticle}", $"/v1/knowledge_articles/{s.WifiArticle}");
        await r.GetAsync(Callers.Nick, $"/v1/knowledge_articles/{s.LockoutArticle}");
        await r.GetAsync(Callers.Anna, $"/v1/knowledge_articles/{s.BrazilVpnArticle}");
        await r.GetAsync(Callers.Chris, $"/v1/knowledge_articles/{s.PasswordArticle}/audit");
        await r.GetAsync(Callers.Nick, $"/v1/knowledge_articles/{s.LockoutArticle}/audit");
        await r.GetAsync(Callers.Chris, $"/v1/knowledge_articles/{Steps.Missing}/audit");
    }

    public async Task WriteAsync()
    {
        var created = await r.CreatesAsync(Callers.Chris, "/v1/knowledge_articles",
            new { subject = "Add a mailbox alias", instructions = "Open the mailbox's properties and add the alias.", service_id = s.ActiveDirectoryService,
                  keywords = "mail alias", covered_specialists = true },
            new { subject = "", service_id = Steps.MissingId, status = "done" });
        await r.PostAsync(Callers.Anna, "/v1/knowledge_articles", new { subject = "Not allowed", instructions = "-", service_id = s.ActiveDirectoryService });
        var path = $"/v1/knowledge_articles/{created.Id()}";
        await r.UpdatesAsync(Callers.Chris, HttpMethod.Patch, path, new { status = "not_validated" }, new { status = "validated" },
            $"/v1/knowledge_articles/{s.WifiArticle}");
        await r.UpdatesAsync(Callers.Chris, HttpMethod.Put, path, new { description = "For the e-mail team" }, new { instructions = "" },
            $"/v1/knowledge_articles/{s.BrazilVpnArticle}");
        await r.GetAsync(Callers.Chris, $"{path}/audit");
        // Used on a request: linked by NL's service desk, listed, linked again, removed; a missing article or request.
        var used = $"/v1/requests/{s.DockingStationRequest}/knowledge_articles";
        await r.PostAsync(Callers.Nick, $"{used}/{s.WifiArticle}");
        await r.PostAsync(Callers.Nick, $"{used}/{s.WifiArticle}");
        await r.PostAsync(Callers.Nick, $"{used}/{s.BrazilVpnArticle}");
        await r.GetAsync(Callers.Nick, used);
        await r.GetAsync(Callers.Anna, used);
        await r.GetAsync(Callers.Chris, used);
        await r.SendAsync(Callers.Nick, HttpMethod.Delete, $"{used}/{s.WifiArticle}", null);
        await r.SendAsync(Callers.Nick, HttpMethod.Delete, $"{used}/{s.WifiArticle}", null);
        // Validated, an article is the knowledge managers' alone.
        await r.SendAsync(Callers.Chris, HttpMethod.Patch, $"/v1/knowledge_articles/{s.PasswordArticle}", """{"subject":"Mine"}""");
    }
}
