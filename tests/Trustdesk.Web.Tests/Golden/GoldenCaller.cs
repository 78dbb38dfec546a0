namespace Trustdesk.Web.Tests.Golden;

/// <summary>Who makes a golden call: a bearer token (none: anonymous) and the account the call acts in (none: the person's own).</summary>
public sealed record GoldenCaller(string? Token, string? Account = null)
{
    public static readonly GoldenCaller Anonymous = new(Token: null);

    /// <summary>The same person acting in <paramref name="account"/>.</summary>
    public GoldenCaller In(string? account) => this with { Account = account };
}
