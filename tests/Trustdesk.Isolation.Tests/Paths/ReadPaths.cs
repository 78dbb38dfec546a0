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

/// <summary>
/// A page of the web UI (HTML, cookie session). In the console (<c>/console/{account}/…</c>) the URL's account plays the
/// part of the API's account header, and every page needs a role there: without one, any console URL of that account is
/// the 404 page, byte for byte the same as a missing account's. The portal (<c>/portal…</c>) acts in the person's own
/// account, as an end user. Listed in <see cref="PageTable"/>; checked by <c>PageChecks</c>.
/// </summary>
public abstract record PagePath(string Method, string Template) : ApiPath(Method, Template)
{
    public bool IsPortal => Template.StartsWith("/portal", StringComparison.Ordinal);
}

/// <summary>
/// One record's page by id: 200 carrying the record's canary when <paramref name="Visible"/> (and, in the console, the
/// person has a role in the URL's account), otherwise the 404 page byte-identical to the one for id 9000000000000000000.
/// </summary>
public sealed record PageByIdPath(string Template, Kind Kind, Func<Visibility, Seat, WorldRecord, bool> Visible) : PagePath("GET", Template);

/// <summary>
/// A page listing records of <paramref name="Kind"/> as links (<paramref name="Link"/>, <c>{id}</c> the record's), read
/// through every page (<c>rel="next"</c>): the records linked must be exactly those <paramref name="Lists"/> names. A
/// page that shows at most <paramref name="Cap"/> records is compared exactly only while the oracle's set fits.
/// </summary>
public sealed record PageListPath(string Template, Kind Kind, string Link, Func<Visibility, Seat, WorldRecord, bool> Lists, int? Cap = null)
    : PagePath("GET", Template);

/// <summary>A page about the account as a whole (trusts, the administrators' lists): its status, and the canary scan.</summary>
public sealed record PageScanPath(string Template, bool AdministratorsOnly) : PagePath("GET", Template);

/// <summary>
/// A form posted at one record by id (<paramref name="Template"/> may name a handler): on a record the person may not
/// see it answers the 404 page byte-identical to a missing id's, and changes nothing (its text carries a <c>zqat…</c>
/// canary no record owns, which the owners' re-read would find).
/// </summary>
public sealed record PageWritePath(string Template, Kind Kind, IReadOnlyDictionary<string, string> Fields) : PagePath("POST", Template);

/// <summary>The console's live events (server-sent events through the same <c>DeliveryCheck</c> as the API's stream).</summary>
public sealed record PageStreamPath(string Template) : PagePath("GET", Template);
