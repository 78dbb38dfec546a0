using System.Text.Json.Nodes;

namespace Trustdesk.Web.Api;

/// <summary>What every kind of note (on requests, tasks, workflows) shows: it lives in the account its author wrote it in.</summary>
public sealed record NoteView(long Id, string AccountId, long PersonId, string Text, bool Internal, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>How a note looks on the wire (4me's note): its author named in the account the note was written in.</summary>
public sealed class NoteJson(NamesInAccounts names, References references)
{
    public static readonly string[] Fields = ["text", "internal", "person", "account", "medium", "created_at", "updated_at"];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<NoteView> notes, CancellationToken cancel)
    {
        var authors = await names.PeopleAsync(notes.Select(n => (n.PersonId, n.AccountId)), cancel);
        await references.LoadAccountsAsync(notes.Select(n => n.AccountId).Concat(authors.Values.Select(a => a.OwnerAccountId)), cancel);
        return notes.Select(n =>
        {
            var author = authors.TryGetValue((n.PersonId, n.AccountId), out var known) ? known : ((string Name, string OwnerAccountId)?)null;
            var json = new JsonObject
            {
                ["id"] = n.Id,
                ["text"] = n.Text,
                ["internal"] = n.Internal,
                ["person"] = references.Record(n.PersonId, author?.Name, author?.OwnerAccountId ?? n.AccountId),
                ["medium"] = "default",
                ["created_at"] = ApiJson.Timestamp(n.CreatedAt),
                ["updated_at"] = ApiJson.Timestamp(n.UpdatedAt),
            };
            if (references.AccountIfForeign(n.AccountId) is { } account) json["account"] = account;
            return json;
        }).ToList();
    }
}
