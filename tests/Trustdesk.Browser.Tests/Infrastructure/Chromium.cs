using Microsoft.Playwright;

namespace Trustdesk.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, driven by Playwright and never downloaded: one headless browser per test, each on a fresh
/// profile folder, so no cookie or cache crosses from one test to another.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private static readonly Lazy<Task<IPlaywright>> Driver = new(() =>
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return Playwright.CreateAsync();
    });

    private readonly string _profile;

    private Chromium(IBrowserContext context, string profile)
    {
        Context = context;
        _profile = profile;
    }

    public IBrowserContext Context { get; }
    public IPage Page => Context.Pages[0];

    /// <summary>Starts Chromium at <paramref name="width"/> × <paramref name="height"/>; a missing Chromium fails the test, with how to install it.</summary>
    public static async Task<Chromium> StartAsync(int width = 1280, int height = 900)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Chromium is missing at {ExecutablePath}: install Debian's chromium package (apt-get install -y chromium), as .ci/run does.");
        var playwright = await Driver.Value;
        var profile = Directory.CreateTempSubdirectory("trustdesk-chromium-").FullName;
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
            BaseURL = PortalServer.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // Waits are deadlines, not assertions of speed: generous, so a machine busy with the other suites does not fail them.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        if (context.Pages.Count == 0) await context.NewPageAsync();
        return new Chromium(context, profile);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of a file; the temp folder is cleaned by the system eventually.
        }
    }
}
