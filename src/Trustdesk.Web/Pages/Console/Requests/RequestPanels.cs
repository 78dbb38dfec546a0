using Trustdesk.Web.Api;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.Requests;

/// <summary>A note as the console shows it (from <c>NoteJson</c>): internal ones are marked, another account's named.</summary>
public sealed record NoteEntry(string Author, string Text, bool Internal, string? Account, Moment CreatedAt)
{
    public static NoteEntry From(NoteResponse note) =>
        new(note.Person?.Name ?? "", note.Text, note.Internal, note.Account?.Name, Moment.Of(note.CreatedAt));
}

/// <summary>One line of the audit trail in words (<see cref="AuditWords"/>): who changed what, where.</summary>
public sealed record AuditEntry(string Action, string Who, string Account, IReadOnlyList<(string Field, string? Old, string? New)> Changes, Moment At);

/// <summary>
/// One line of the panel "who can see this and why" (from <c>GET /v1/requests/:id/audience</c>, ADR 21): an involved
/// account, whether it sees the request (null: not disclosed), why, and the trust that grants it with its options.
/// </summary>
public sealed record AudienceEntry(string Account, bool? Sees, string Reason, string? Trust)
{
    public static AudienceEntry From(RequestAudienceResponse entry) => new(
        entry.Account.Name,
        entry.Sees,
        entry.Reason,
        entry.Trust is { } trust
            ? $"Trust #{trust.Id}: {trust.CustomerAccount.Name} trusts {trust.ProviderAccount.Name} with {string.Join(", ", trust.Options)}"
            : null);
}
