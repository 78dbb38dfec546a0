namespace Trustdesk.Web.Api.Auth;

/// <summary>Platform-level settings (section <c>Platform</c>).</summary>
public sealed class PlatformOptions
{
    /// <summary>The platform operator's bootstrap bearer token; empty disables the operator.</summary>
    public string OperatorToken { get; set; } = "";

    /// <summary>
    /// The address clients reach this server at (<c>https://desk.example.com</c>, or with a path behind a proxy), from
    /// which absolute links are built (<see cref="PublicUrls"/>). Required outside Development: the <c>Host</c> header is
    /// the client's to choose, so links built from it would point wherever a client says (ADR 40).
    /// </summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>The public URL without a trailing slash; null when none is set.</summary>
    public string? PublicBase => PublicUrl.Length == 0 ? null : PublicUrl.TrimEnd('/');

    /// <summary>Why these settings cannot serve in <paramref name="environment"/>, in the operator's words, or null.</summary>
    public string? Problem(IHostEnvironment environment)
    {
        if (PublicUrl.Length == 0)
            return environment.IsDevelopment() || environment.IsEnvironment("Testing") ? null
                : $"Platform:PublicUrl is not set in environment '{environment.EnvironmentName}': set the address clients reach this " +
                  "server at (Platform__PublicUrl=https://desk.example.com); absolute links are built from it, never from the Host header a client sends.";
        return Uri.TryCreate(PublicUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
            && url.Query.Length == 0 && url.Fragment.Length == 0 && url.UserInfo.Length == 0
            ? null
            : $"Platform:PublicUrl is \"{PublicUrl}\", which is no http or https address: set one such as https://desk.example.com (no query, no user).";
    }
}
