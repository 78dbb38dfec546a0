namespace Trustdesk.Web.Tests.Startup;

/// <summary>
/// A bad setting ends the start with one line saying what is wrong and what to set, and exit code 1, before the
/// database is touched where the setting allows; never an unhandled exception with a stack trace (exit 134). The app
/// runs as its own process, as an operator starts it. None of these needs a database server.
/// </summary>
public sealed class StartupRefusalTests : IDisposable
{
    // A folder of this test's own, for the SQLite file a start must not create and for other files.
    private readonly string _folder = Directory.CreateTempSubdirectory("trustdesk-startup-").FullName;

    private string SqliteFile => Path.Combine(_folder, "trustdesk.db");

    private Dictionary<string, string> OnSqlite(params (string Name, string Value)[] settings)
    {
        var all = new Dictionary<string, string> { ["ConnectionStrings__Trustdesk"] = $"Data Source={SqliteFile}" };
        foreach (var (name, value) in settings) all[name] = value;
        return all;
    }

    [Fact]
    public async Task A_misspelt_database_provider_is_refused_naming_the_known_ones_and_no_database_is_made()
    {
        var exit = await AppProcess.RunAsync(OnSqlite(("Database__Provider", "Postgress")));
        Refusal.Expect(exit, "Database:Provider", "\"Postgress\"", "Sqlite or Postgres");
        Assert.False(File.Exists(SqliteFile));
    }

    [Fact]
    public async Task A_sqlite_connection_string_that_is_not_one_is_refused() =>
        Refusal.Expect(await AppProcess.RunAsync(new() { ["ConnectionStrings__Trustdesk"] = "Data Sourc=trustdesk.db" }),
            "ConnectionStrings:Trustdesk is not a SQLite connection string", "data sourc");

    [Fact]
    public async Task A_sqlite_file_that_cannot_be_made_is_refused() =>
        // /dev/null is a file, so no folder can be made under it, whoever runs the test.
        Refusal.Expect(await AppProcess.RunAsync(new() { ["ConnectionStrings__Trustdesk"] = "Data Source=/dev/null/trustdesk.db" }),
            "/dev/null", "ConnectionStrings:Trustdesk");

    [Fact]
    public async Task Postgres_without_the_owner_connection_is_refused() =>
        Refusal.Expect(await AppProcess.RunAsync(new()
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Trustdesk"] = "Host=127.0.0.1;Port=1;Username=trustdesk_app",
        }), "ConnectionStrings:TrustdeskOwner is required with PostgreSQL");

    [Fact]
    public async Task A_postgres_connection_string_that_is_not_one_is_refused() =>
        Refusal.Expect(await AppProcess.RunAsync(new()
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Trustdesk"] = "Hots=127.0.0.1;Username=trustdesk_app",
            ["ConnectionStrings__TrustdeskOwner"] = "Host=127.0.0.1;Username=trustdesk_owner",
        }), "ConnectionStrings:Trustdesk is not a PostgreSQL connection string", "hots");

    [Fact]
    public async Task A_database_that_cannot_be_reached_is_refused() =>
        // Nothing listens on port 1: the connection is refused at once.
        Refusal.Expect(await AppProcess.RunAsync(new()
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Trustdesk"] = "Host=127.0.0.1;Port=1;Username=trustdesk_app;Timeout=5",
            ["ConnectionStrings__TrustdeskOwner"] = "Host=127.0.0.1;Port=1;Username=trustdesk_owner;Timeout=5",
        }), "the database cannot be used", "127.0.0.1:1", "ConnectionStrings:Trustdesk");

    [Fact]
    public async Task A_known_proxy_that_is_no_ip_address_is_refused()
    {
        var exit = await AppProcess.RunAsync(OnSqlite(("Proxy__KnownProxies__0", "10.0.0.5"), ("Proxy__KnownProxies__1", "10.0.0.300")));
        Refusal.Expect(exit, "Proxy:KnownProxies", "\"10.0.0.300\"", "not an IP address");
        Assert.False(File.Exists(SqliteFile));
    }

    [Fact]
    public async Task A_number_setting_that_is_no_number_is_refused_at_start_not_at_the_first_call()
    {
        var exit = await AppProcess.RunAsync(OnSqlite(("RateLimit__RequestsPerHour", "plenty")));
        Refusal.Expect(exit, "RateLimit:RequestsPerHour", "'plenty'");
        Assert.False(File.Exists(SqliteFile));
    }

    [Theory]
    [InlineData("RateLimit__RequestsPerHour", "0", "RateLimit:RequestsPerHour is 0: set a whole number of at least 1")]
    [InlineData("SignIn__FailuresPerClient", "-3", "SignIn:FailuresPerClient is -3: set a whole number of at least 1")]
    [InlineData("Events__MaxStreams", "0", "Events:MaxStreams is 0: set a whole number of at least 1")]
    public async Task A_limit_that_would_refuse_everything_or_nothing_is_refused_at_start(string setting, string value, string line)
    {
        Refusal.Expect(await AppProcess.RunAsync(OnSqlite((setting, value))), line);
        Assert.False(File.Exists(SqliteFile));
    }

    [Fact]
    public async Task A_test_only_isolation_switch_is_refused_outside_tests() =>
        Refusal.Expect(await AppProcess.RunAsync(OnSqlite(("Isolation__AccountFilterDisabled", "true"))),
            "Isolation:AccountFilterDisabled", "'Production'");

    [Fact]
    public async Task The_demo_data_is_refused_in_production_unless_allowed_explicitly_and_no_database_is_made()
    {
        var exit = await AppProcess.RunAsync(OnSqlite(("Demo__LoadReferenceScenario", "true")));
        Refusal.Expect(exit, "Demo:LoadReferenceScenario", "'Production'", "Demo:AllowOutsideDevelopment=true");
        Assert.False(File.Exists(SqliteFile));
    }

    [Theory]
    [InlineData("", "Platform:PublicUrl is not set in environment 'Production'", "Platform__PublicUrl=https://desk.example.com")]
    [InlineData("desk.example.com", "Platform:PublicUrl is \"desk.example.com\", which is no http or https address", "https://desk.example.com")]
    [InlineData("https://desk.example.com/?next=x", "Platform:PublicUrl is \"https://desk.example.com/?next=x\"", "no query")]
    public async Task Outside_development_a_start_without_a_usable_public_url_is_refused(string url, string line, string advice)
    {
        Refusal.Expect(await AppProcess.RunAsync(OnSqlite(("Platform__PublicUrl", url))), line, advice);
        Assert.False(File.Exists(SqliteFile));
    }

    [Fact]
    public async Task An_address_already_in_use_is_refused_naming_the_setting()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var exit = await AppProcess.RunAsync(OnSqlite(("ASPNETCORE_URLS", $"http://127.0.0.1:{port}")));

        Refusal.Expect(exit, "address already in use", "ASPNETCORE_URLS");
    }

    [Fact]
    public async Task A_malformed_address_to_listen_on_is_refused_naming_the_setting() =>
        Refusal.Expect(await AppProcess.RunAsync(OnSqlite(("ASPNETCORE_URLS", "nonsense"))), "Invalid url: 'nonsense'", "ASPNETCORE_URLS");

    [Fact]
    public async Task An_appsettings_file_that_is_not_json_is_refused()
    {
        // The content root is the working folder: this one's appsettings.json is read in place of the app's.
        await File.WriteAllTextAsync(Path.Combine(_folder, "appsettings.json"), "{ \"Database\": { \"Provider\": ");
        Refusal.Expect(await AppProcess.RunAsync(OnSqlite(), contentRoot: _folder), "appsettings.json", "correct it");
    }

    [Fact]
    public async Task A_time_zone_the_machine_does_not_have_is_refused_naming_what_to_install()
    {
        // TZDIR points .NET at a time zone database; an empty folder is a machine without one. The scenario's SLAs
        // are the first to need a zone at start.
        var zones = Directory.CreateDirectory(Path.Combine(_folder, "zoneinfo")).FullName;
        var exit = await AppProcess.RunAsync(OnSqlite(
            ("TZDIR", zones), ("Demo__LoadReferenceScenario", "true"), ("Demo__AllowOutsideDevelopment", "true")));
        Refusal.Expect(exit, "time zone", "was not found", "tzdata");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
