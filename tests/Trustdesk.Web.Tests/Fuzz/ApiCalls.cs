using Trustdesk.Web.Tests.Conventions.EveryRoute;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>Where a path parameter's value came from: a record of the caller's world, of the other world, or neither.</summary>
public enum IdSource
{
    /// <summary>The record the world names for this parameter (its kind is the route's).</summary>
    Named,

    /// <summary>Some record of the world, of whatever kind (the world names none for this parameter).</summary>
    Any,

    Hostile,
}

/// <summary>
/// A fuzzed API call, with what the fuzz knows of its path: the world each parameter's record belongs to (for the
/// "changes nothing" witness) and, when it names records of an account the caller may not see, the same call naming
/// records that do not exist — which must be answered alike.
/// </summary>
public sealed record ApiFuzzCall(FuzzCall Call, ApiCaller Caller, string Template, RouteWorld? RecordsOf, FuzzCall? MissingTwin);

/// <summary>
/// Makes the API calls of the fuzz, from the seed alone: for an operation, a caller, its path filled with real ids
/// (the caller's account's, another account's) or hostile ones, a query string at the extremes of paging, sorting and
/// filtering (<see cref="HostileQueries"/>), headers gone wrong (<see cref="HostileHeaders"/>) and a body from <see cref="JsonBodies"/>.
/// </summary>
public sealed class ApiCalls(FuzzWorld world, Func<ApiOperation, IReadOnlyList<BodyField>?> fieldsOf, Func<string, IReadOnlyList<(string Field, string Value)>> listFieldsOf, Random random)
{
    private static readonly string[] OtherMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "HEAD"];
    private static readonly string[] Suffixes = ["/", "/x", "//", "/%2e%2e", ".json", ";jsessionid=1", "/%00", "/..%2F..%2Fetc%2Fpasswd"];
    private static readonly string[] CatchAll = ["nope", "people/1/x", "%2e%2e/%2e%2e/etc/passwd", "a//b", "people/", "People", "requests/1/notes/2/x", "%00", "%E2%80%AE"];

    private readonly JsonBodies _bodies = new(world.Words, random);
    private readonly HostileQueries _queries = new(random);
    private readonly HostileHeaders _headers = new(world, random);

    public ApiFuzzCall Next(ApiOperation operation)
    {
        var caller = Caller(operation);
        var method = Method(operation);
        var segments = operation.Segments;
        var (path, twin, recordsOf) = Fill(segments, caller);
        var query = random.Next(100) < (method is "GET" or "HEAD" ? 55 : 10) ? _queries.For(listFieldsOf(operation.Template)) : "";
        if (random.Next(20) == 0)
        {
            var suffix = Hostile.NoNul(random.Pick(Suffixes));
            (path, twin, recordsOf) = (path + suffix, twin is null ? null : twin + suffix, null);
        }

        var call = new FuzzCall(caller.Name, operation.Name, method, path + query, caller.Credentials());
        if (method is "POST" or "PATCH" or "PUT" || random.Next(20) == 0)
            call = call with { Body = _bodies.For(fieldsOf(operation)), ContentType = "application/json" };
        var mutated = random.Next(100) < 35;
        if (mutated) call = _headers.Mutate(call);
        else if (method == "POST" && random.Next(3) == 0) call = call.WithHeader("Idempotency-Key", _headers.Key());
        if (method != operation.Method) recordsOf = null;

        // The twin names a missing record where the call names another account's: the answers must be the same.
        var foreignTwin = twin is not null && !mutated && !call.HasHeader("Idempotency-Key")
            ? call with { Path = twin + query } : null;
        return new ApiFuzzCall(call, caller, operation.Template, recordsOf, foreignTwin);
    }

    private ApiCaller Caller(ApiOperation operation)
    {
        if (operation.Template.StartsWith("/v1/accounts", StringComparison.Ordinal) && random.Next(2) == 0) return world.Caller("operator");
        return random.Next(100) switch
        {
            < 35 => world.Caller("administrator"),
            < 50 => world.Caller("specialist"),
            < 65 => world.Caller("end user"),
            < 80 => world.Caller("stranger"),
            < 90 => world.Caller("operator"),
            _ => world.Caller("anonymous"),
        };
    }

    private string Method(ApiOperation operation)
    {
        if (operation.Method is null || random.Next(100) < 6) return random.Pick(OtherMethods);
        return operation.Method == "GET" && random.Next(5) == 0 ? "HEAD" : operation.Method;
    }

    /// <summary>
    /// The path with each parameter filled: mostly the record the caller's world names for it, sometimes the other world's
    /// (a record the caller may not see), sometimes a hostile id. Returns the twin path (null when the call names no
    /// record of the other world by kind) and the world whose records all its parameters name (null: mixed or hostile).
    /// </summary>
    private (string Path, string? Twin, RouteWorld? RecordsOf) Fill(string[] segments, ApiCaller caller)
    {
        var own = caller.World ?? (random.Next(2) == 0 ? world.Home : world.Other);
        var foreign = own == world.Home ? world.Other : world.Home;
        var (path, twin) = (segments.ToArray(), segments.ToArray());
        var (named, foreignNamed, foreignAny, hostile) = (0, 0, 0, false);
        for (var i = 0; i < segments.Length; i++)
        {
            if (!ApiOperation.IsParameter(segments[i])) continue;
            if (segments[i] == "{path}")
            {
                path[i] = twin[i] = random.Pick(CatchAll);
                hostile = true;
                continue;
            }
            var roll = random.Next(100);
            var from = roll < 75 ? own : roll < 85 ? foreign : null;
            var (value, source) = from is null ? (HostileId(), IdSource.Hostile) : Id(from, segments, i);
            path[i] = twin[i] = value;
            hostile |= source == IdSource.Hostile;
            if (from == foreign && source == IdSource.Named)
            {
                foreignNamed++;
                twin[i] = value.All(char.IsAsciiDigit) ? Hostile.Missing : Hostile.MissingAccount;
            }
            else if (from == foreign) foreignAny++;
            else if (source == IdSource.Named) named++;
        }
        var oneWorld = hostile || foreignAny > 0 ? null : foreignNamed == 0 ? own : named == 0 ? foreign : null;
        var twinPath = caller.World is not null && foreignNamed > 0 && foreignAny == 0 ? string.Join('/', twin) : null;
        return (Hostile.NoNul(string.Join('/', path)), twinPath is null ? null : Hostile.NoNul(twinPath), oneWorld);
    }

    private (string Value, IdSource Source) Id(RouteWorld from, string[] segments, int index) =>
        from.IdAt(segments, index) is { } id ? (id, IdSource.Named)
        : (random.Pick(from == world.Home ? world.Words.HomeIds : world.Words.OtherIds), IdSource.Any);

    private string HostileId() => random.Next(4) == 0 ? Escaping.Url(Hostile.Text(random)) : random.Pick(Hostile.PathIds);
}
