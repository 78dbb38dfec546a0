namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>The Widget directory's sites (maintained in the directory by Wendy).</summary>
public sealed class SiteCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    public Task SetUpAsync() => Task.CompletedTask;

    public async Task ReadAsync()
    {
        var w = Callers.Wendy;
        await r.CollectionAsync(w, "/v1/sites", "name,city,country", "-name", "country=BR");
        await r.RecordAsync(w, $"/v1/sites/{s.AmsterdamOffice}", $"/v1/sites/{s.PrintfixWorkshop}");
    }

    public async Task WriteAsync()
    {
        var w = Callers.Wendy;
        var created = await r.CreatesAsync(w, "/v1/sites",
            new { name = "Rotterdam Office", address = "Coolsingel 1", city = "Rotterdam", zip = "3011 AD", country = "NL", time_zone = "Europe/Amsterdam" },
            new { name = "", country = "Netherlands", time_zone = "Nowhere/Never" });
        await r.PostAsync(Callers.Nick, "/v1/sites", new { name = "Not allowed" });
        var path = $"/v1/sites/{created.Id()}";
        await r.UpdatesAsync(w, HttpMethod.Patch, path, new { state = "Zuid-Holland" }, new { country = "XX1" }, $"/v1/sites/{s.PrintfixWorkshop}");
        await r.UpdatesAsync(w, HttpMethod.Put, path, new { name = "Rotterdam Office", disabled = true }, new { name = "" }, $"/v1/sites/{s.PrintfixWorkshop}");
    }
}
