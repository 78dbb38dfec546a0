using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Tests.Features.Trusts;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// The calls and assertions the request visibility tests share: trusts in every state, "sees it on every read path",
/// "sees nothing of it, exactly like a missing id", and a snapshot to show that a refused write changed nothing.
/// </summary>
internal static class RequestCalls
{
    /// <summary>The sub-resources of a request that a reader of it may read.</summary>
    private static readonly string[] ReadPaths = ["", "/notes", "/notes/public", "/notes/internal", "/audit", "/affected_slas"];

    /// <summary><c>/v1/requests</c> and every predefined filter.</summary>
    public static readonly string[] Lists = ["/v1/requests", .. RequestFilters.Predefined.Keys.Select(k => "/v1/requests/" + k)];

    public static string Path(long id, string suffix = "") => $"/v1/requests/{id}{suffix}";

    /// <summary>An accepted trust from <paramref name="customer"/> to <paramref name="provider"/> with <paramref name="options"/>.</summary>
    public static async Task<long> TrustAsync(Tenant customer, Tenant provider, params string[] options)
    {
        var id = await PendingTrustAsync(customer, provider, options);
        (await TrustCalls.StepAsync(provider.Owner, id, "accept")).Expect(200);
        return id;
    }

    /// <summary>An invitation from <paramref name="customer"/> to <paramref name="provider"/> that nobody accepted.</summary>
    public static Task<long> PendingTrustAsync(Tenant customer, Tenant provider, params string[] options) =>
        TrustCalls.InvitedAsync(customer, customer, provider, options);

    public static async Task RevokeAsync(Tenant by, long trust) => (await TrustCalls.StepAsync(by.Owner, trust, "revoke")).Expect(200);

    /// <summary>A specialist registers a request in the account they act in; returns it.</summary>
    public static async Task<ApiResponse> RegisterAsync(ApiClient specialist, object body) =>
        (await specialist.PostAsync("/v1/requests", body)).Expect(201);

    public static async Task<List<long>> IdsAsync(ApiClient reader, string list) =>
        (await reader.GetAsync(list + "?per_page=100")).Expect(200).Ids();

    /// <summary>
    /// <paramref name="reader"/> reads the request on every path: the record, <c>/v1/requests</c> and <c>/open</c> (plus
    /// <paramref name="alsoListedIn"/>), its notes and its audit trail, which holds at least its registration.
    /// </summary>
    public static async Task AssertSeesAsync(ApiClient reader, long id, params string[] alsoListedIn)
    {
        Assert.Equal(id, (await reader.GetAsync(Path(id))).Expect(200).Id);
        foreach (var list in new[] { "/v1/requests", "/v1/requests/open" }.Concat(alsoListedIn))
            Assert.Contains(id, await IdsAsync(reader, list));
        (await reader.GetAsync(Path(id, "/notes"))).Expect(200);
        (await reader.GetAsync(Path(id, "/notes/public"))).Expect(200);
        var audit = (await reader.GetAsync(Path(id, "/audit"))).Expect(200);
        Assert.Equal("create", audit.Items[0]!.Str("action"));
    }

    /// <summary>
    /// <paramref name="reader"/> learns nothing of the request: every read and every write answers byte for byte as for an
    /// id that never existed, and no list shows it. The writes are harmless if they did go through, and are caught by
    /// the snapshots the tests compare.
    /// </summary>
    public static async Task AssertHiddenAsync(ApiClient reader, long id)
    {
        var missing = Answers.NeverExistingId;
        foreach (var suffix in ReadPaths)
            Answers.SameAsMissing(await reader.GetAsync(Path(id, suffix)), await reader.GetAsync(Path(missing, suffix)));
        foreach (var body in new object[] { new { note = "hidden?" }, new { status = "in_progress" }, new { subject = "hidden?" } })
            Answers.SameAsMissing(await reader.PatchAsync(Path(id), body), await reader.PatchAsync(Path(missing), body));
        foreach (var note in new object[] { new { text = "hidden?" }, new { text = "hidden?", @internal = true } })
            Answers.SameAsMissing(await reader.PostAsync(Path(id, "/notes"), note), await reader.PostAsync(Path(missing, "/notes"), note));
        foreach (var list in Lists)
            Assert.DoesNotContain(id, await IdsAsync(reader, list));
    }

    /// <summary>
    /// Everything <paramref name="reader"/> can read of one request: the record with its ETag, its notes (with the
    /// reader's account's internal ones) and its audit trail. Equal snapshots before and after a refused write show
    /// that it wrote nothing.
    /// </summary>
    public static async Task<string> SnapshotAsync(ApiClient reader, long id)
    {
        var record = (await reader.GetAsync(Path(id))).Expect(200);
        var notes = (await reader.GetAsync(Path(id, "/notes?per_page=100"))).Expect(200);
        var audit = (await reader.GetAsync(Path(id, "/audit?per_page=100"))).Expect(200);
        return $"{record.Header("ETag")} {record.Text}\n{notes.Text}\n{audit.Text}";
    }

    /// <summary>The texts of the notes <paramref name="reader"/> reads at <paramref name="suffix"/>, oldest first.</summary>
    public static async Task<List<string?>> NoteTextsAsync(ApiClient reader, long id, string suffix = "/notes") =>
        (await reader.GetAsync(Path(id, suffix + (suffix.Contains('?') ? "&" : "?") + "per_page=100"))).Expect(200).Values("text");
}
