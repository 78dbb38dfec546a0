using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Oracle;

/// <summary>
/// Someone calling the API: a person's token with an account header (or none: their own account), a person acting in
/// an account where they have no standing, an expired token, the platform operator, or nobody at all.
/// </summary>
public sealed record Actor(string Name, WPerson? Person, string? Token, string? Header)
{
    public static Actor Anonymous { get; } = new("anonymous", null, null, null);

    /// <summary>
    /// The platform operator's bootstrap credential, with or without an account header. Its token is the server's
    /// (each test server has its own), so the session takes it from the server it calls.
    /// </summary>
    public static Actor Operator(string? header) => new($"platform operator in {header ?? "no account"}", null, null, header) { IsOperator = true };

    public bool IsOperator { get; init; }

    public static Actor Expired(WPerson person, string token) => new($"expired token of person {person.Id}", person, token, null);

    public static Actor Of(WPerson person, string? header) =>
        new($"person {person.Id} ({person.Canary}, of {person.Account}) in {header ?? "own account"}", person, person.Token, header);

    /// <summary>The account the call acts in.</summary>
    public string? Account => Header ?? Person?.Account;

    public override string ToString() => Name;
}
