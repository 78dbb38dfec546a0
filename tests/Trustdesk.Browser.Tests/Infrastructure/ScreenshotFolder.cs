namespace Trustdesk.Browser.Tests.Infrastructure;

/// <summary>
/// Where the README's screenshots are written: <c>TRUSTDESK_SCREENSHOTS</c> when set (e.g. <c>docs/screenshots</c>),
/// else the test's output folder, so an ordinary run never touches the committed pictures.
/// </summary>
public static class ScreenshotFolder
{
    public static string Create()
    {
        var folder = Environment.GetEnvironmentVariable("TRUSTDESK_SCREENSHOTS") is { Length: > 0 } chosen
            ? Path.GetFullPath(chosen)
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
