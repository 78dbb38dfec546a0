namespace Trustdesk.Web.Tests.Golden;

/// <summary>One golden call as it was sent: who, the method and path, the body (null: none) and any other headers.</summary>
public sealed record GoldenCall(GoldenCaller Caller, HttpMethod Method, string Path, string? Body, IReadOnlyList<(string Name, string Value)> Headers);
