namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// People of the Widget directory (maintained there by Wendy), a person of a support domain itself, their lists as a
/// support domain sees them, a person's self-service catalog, and passwords.
/// </summary>
public sealed class PeopleCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    private static readonly GoldenCaller InItNl = Callers.Wendy.In("widget-it-nl");

    public async Task SetUpAsync()
    {
        await r.PostAsync(Callers.Wendy, "/v1/people",
            new { name = "Former Employee", primary_email = "former.employee@widget.example", organization_id = s.SalesNl, disabled = true });
        await r.PostAsync(InItNl, "/v1/people", new { name = "Nina Contractor", primary_email = "nina@contractor.example" });
    }

    public async Task ReadAsync()
    {
        var w = Callers.Wendy;
        await r.CollectionAsync(w, "/v1/people", "name,primary_email,job_title", "-name", "name=Anna%20de%20Vries");
        await r.LaterPageAsync(w, "/v1/people");
        await r.CollectionAsync(w, "/v1/people/enabled", "name", "name", $"organization_id={s.WidgetNetherlands}");
        await r.CollectionAsync(w, "/v1/people/disabled", "name,disabled", "-created_at", "primary_email=former.employee@widget.example");
        await r.CollectionAsync(InItNl, "/v1/people/directory", "name,organization", "-id", "name=Nick%20Jansen");
        await r.CollectionAsync(InItNl, "/v1/people/support_domain", "name,primary_email", "name", "disabled=false");
        await r.RecordAsync(w, $"/v1/people/{s.Anna}", $"/v1/people/{s.Pieter}");
        await r.HeadAsync(w, $"/v1/people/{s.Anna}");
        await r.GetAsync(InItNl, $"/v1/people/{s.Anna}");

        await r.CollectionAsync(Callers.Anna, $"/v1/people/{s.Anna}/service_instance_coverages", "name,service", "-name", "name=Expense%20claims");
        await r.GetAsync(Callers.Anna, $"/v1/people/{s.Pieter}/service_instance_coverages");
        await r.GetAsync(Callers.Anna, $"/v1/people/{Steps.Missing}/service_instance_coverages");
        await r.GetAsync(Callers.Nick, $"/v1/people/{s.Anna}/service_instance_coverages?fields=name&per_page=3");
    }

    public async Task WriteAsync()
    {
        var w = Callers.Wendy;
        var hire = await r.CreatesAsync(w, "/v1/people",
            new { name = "Golden Hire", primary_email = "golden.hire@widget.example", organization_id = s.SalesNl, site_id = s.AmsterdamOffice, job_title = "Trainee" },
            new { name = "", primary_email = "not an e-mail", site_id = Steps.MissingId });
        await r.PostAsync(w, "/v1/people", new { name = "Anna again", primary_email = "anna.devries@widget.example" });
        await r.PostAsync(Callers.Nick, "/v1/people", new { name = "Not allowed", primary_email = "not.allowed@widget.example" });
        var path = $"/v1/people/{hire.Id()}";
        await r.UpdatesAsync(w, HttpMethod.Patch, path, new { job_title = "Analyst", vip = true },
            new { primary_email = "nope", time_zone = "Mars/Olympus", manager_id = hire.Id }, $"/v1/people/{s.Pieter}");
        await r.UpdatesAsync(w, HttpMethod.Put, path, new { name = "Golden Hire", job_title = "Senior Analyst", employeeID = "G-1" },
            new { name = "", unknown_field = true }, $"/v1/people/{s.Pieter}");

        await r.PutAsync(w, $"{path}/password", new { password = "correct horse battery staple" });
        await r.PutAsync(w, $"{path}/password", new { password = "short" });
        await r.PutAsync(w, $"/v1/people/{s.Pieter}/password", new { password = "correct horse battery staple" });
        await r.PutAsync(w, $"/v1/people/{Steps.Missing}/password", new { password = "correct horse battery staple" });
        await r.PutAsync(Callers.Anna, $"/v1/people/{s.Anna}/password", new { password = "my own new password" });
    }
}
