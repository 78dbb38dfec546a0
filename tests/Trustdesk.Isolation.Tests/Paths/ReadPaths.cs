using Trustdesk.Isolation.Tests.Oracle;
using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Paths;

/// <summary>A route of the API (method and OpenAPI template, e.g. <c>GET /v1/requests/{id}</c>) the suite checks.</summary>
public abstract record ApiPath(string Method, string Template)
{
    public string Key => $"{Method} {Template}";
    public override string ToString() => Key;
}

/// <summary>
/// <c>GET</c> of one record by id: 200 carrying the record's canary when the oracle says visible, otherwise a 404
/// byte-identical to the answer for an id that surely does not exist.
/// </summary>
public sealed record GetPath(string Template, Kind Kind, Func<Visibility, Seat, WorldRecord, bool> Visible) : ApiPath("GET", Template);

/// <summary>
/// A collection (or predefined filter) read through all of its pages: the records of <paramref name="Kind"/> in it must
/// be exactly those the oracle lists. Without a role, role-gated collections answer 403.
/// </summary>
public sealed record ListPath(string Template, Kind Kind, bool NeedsRole, Func<Visibility, Seat, WorldRecord, bool> Lists) : ApiPath("GET", Template);

/// <summary>
/// A collection under one record (<c>{id}</c> is the parent's): 200 when the oracle lets the caller see the parent that
/// way, else a 404 like a missing parent's. When <paramref name="Child"/> is given, the children listed must be exactly
/// the oracle's; otherwise the answer is canary-scanned only.
/// </summary>
public sealed record ChildPath(
    string Template, Kind Parent, Func<Visibility, Seat, WorldRecord, bool> ParentVisible,
    Kind? Child = null, Func<Visibility, Seat, WorldRecord, WorldRecord, bool>? Lists = null) : ApiPath("GET", Template);

/// <summary>A read about the caller themselves (<c>/v1/me</c>, their tokens): 200 for anyone let in, canary-scanned.</summary>
public sealed record CallerPath(string Template) : ApiPath("GET", Template);

/// <summary>
/// A change aimed at one record by id (<c>{id}</c>; a second id in the path is filled with <paramref name="Second"/>):
/// on a record the caller may not see it must answer exactly as for a missing id, and change nothing.
/// </summary>
public sealed record WritePath(string Method, string Template, Kind Kind, object? Body, Func<TheWorld, string>? Second = null) : ApiPath(Method, Template);

/// <summary>A creation in the caller's own account, which the save-time guard stamps; exercised by building the world.</summary>
public sealed record CreatePath(string Template, string How) : ApiPath("POST", Template);

/// <summary>The live event stream, checked by <c>LiveEventChecks</c>.</summary>
public sealed record StreamPath(string Template) : ApiPath("GET", Template);

/// <summary>An endpoint that reads or changes nothing account-owned, with the reason.</summary>
public sealed record NotAccountOwned(string Method, string Template, string Reason) : ApiPath(Method, Template);
