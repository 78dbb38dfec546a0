using Scalar.AspNetCore;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Api.Limits;
using Trustdesk.Web.Api.Outages;
using Trustdesk.Web.Data;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Features.AccessTokens;
using Trustdesk.Web.Features.Accounts;
using Trustdesk.Web.Features.Catalog;
using Trustdesk.Web.Features.Contracts;
using Trustdesk.Web.Features.Coverage;
using Trustdesk.Web.Features.Enums;
using Trustdesk.Web.Features.Events;
using Trustdesk.Web.Features.Home;
using Trustdesk.Web.Features.Knowledge;
using Trustdesk.Web.Features.Problems;
using Trustdesk.Web.Features.ConfigurationItems;
using Trustdesk.Web.Features.Me;
using Trustdesk.Web.Features.Organizations;
using Trustdesk.Web.Features.People;
using Trustdesk.Web.Features.Permissions;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Features.Sites;
using Trustdesk.Web.Features.Teams;
using Trustdesk.Web.Features.Trusts;
using Trustdesk.Web.Features.Workflows;
using Trustdesk.Web.Features.WorkflowTemplates;
using Trustdesk.Web.Pages;
using Trustdesk.Web.Startup;

// A start refused for a reason the operator can fix (a setting, the database) ends with one line saying what to set.
if (StartupGuard.CreateBuilder(args) is not { } builder) return StartupGuard.RefusedExitCode;

builder.Services.AddTrustdeskDatabase(builder.Configuration);
builder.Services.AddApiConventions(builder.Configuration);
builder.Services.AddOverloadShedding(builder.Configuration);
builder.Services.AddOpenApiDocument();
builder.Services.AddReferenceScenario(builder.Configuration);

builder.Services.AddAccounts();
builder.Services.AddPeople();
builder.Services.AddOrganizations();
builder.Services.AddSites();
builder.Services.AddTeams();
builder.Services.AddPermissions();
builder.Services.AddAccessTokens();
builder.Services.AddTrusts();
builder.Services.AddCoverage();
builder.Services.AddRequests();
builder.Services.AddCatalog();
builder.Services.AddWorkflows();
builder.Services.AddEvents(builder.Configuration);
builder.Services.AddWorkflowTemplates();
builder.Services.AddKnowledge();
builder.Services.AddProblems();
builder.Services.AddConfigurationItems();
builder.Services.AddContracts();
builder.Services.AddWebUi(builder.Configuration);
builder.Services.AddTrustedProxies(builder.Configuration);

if (await StartupGuard.BuildAsync(builder, PrepareAsync) is not { } app) return StartupGuard.RefusedExitCode;

// First: what follows (the session cookie's Secure flag, rate limits per address) sees the client, not the proxy.
app.UseForwardedHeaders();
app.UseRequestIds();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment()) app.UseHsts(); // Sent on HTTPS answers only (from a TLS proxy too).
app.UseApiHeadRequests();
app.UseApiRateLimits();
app.UseRateLimiter(); // Overload shedding: a bounded number of calls at once, 503 + Retry-After beyond its queue.
app.UseApiErrorHandling();
app.UseWebUi();
app.UseDatabaseOutages();

app.MapOpenApi();
// Trustdesk's API and nothing else, from this server alone: no fonts from a CDN, no vendor's AI chat, developer toolbar
// (its "Deploy" and "Generate SDK") or telemetry, so the reference works on a machine without internet access.
app.MapScalarApiReference("/reference", options => options.WithTitle("Trustdesk API").DisableDefaultFonts()
    .DisableAgent().HideDeveloperTools().DisableTelemetry());
app.MapHomePage();
app.MapWebUi();

var v1 = app.MapV1();
v1.MapGet("/", () => ApiResult.Ok(ApiJson.Node(EmptyResponse.Instance))).AllowOperator()
    .Shows<EmptyResponse>("An empty object: the token is valid (4me clients call this to check their credentials)");
v1.MapMeApi();
v1.MapAccountsApi();
v1.MapPeopleApi();
v1.MapOrganizationsApi();
v1.MapSitesApi();
v1.MapTeamsApi();
v1.MapPermissionsApi();
v1.MapAccessTokensApi();
v1.MapTrustsApi();
v1.MapCoverageApi();
v1.MapRequestsApi();
v1.MapCatalogApi();
v1.MapWorkflowsApi();
v1.MapWorkflowTemplatesApi();
v1.MapKnowledgeApi();
v1.MapProblemsApi();
v1.MapConfigurationItemsApi();
v1.MapContractsApi();
v1.MapEnumsApi();
v1.MapEventsApi();
app.MapApiFallback();

return await StartupGuard.ServeAsync(app);

static async Task PrepareAsync(WebApplication app)
{
    await app.PrepareDatabaseAsync();
    await app.LoadReferenceScenarioAsync();
    await app.WarnOfDemoCredentialsAsync();
}

/// <summary>Entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
