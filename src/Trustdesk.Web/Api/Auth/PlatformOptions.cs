namespace Trustdesk.Web.Api.Auth;

/// <summary>Platform-level settings (section <c>Platform</c>).</summary>
public sealed class PlatformOptions
{
    /// <summary>The platform operator's bootstrap bearer token; empty disables the operator.</summary>
    public string OperatorToken { get; set; } = "";
}
