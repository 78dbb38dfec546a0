using System.Text.Json.Serialization;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Api;

/// <summary>What every kind of note (on requests, tasks, workflows) shows: it lives in the account its author wrote it in.</summary>
public sealed record NoteView(long Id, string AccountId, long PersonId, string Text, bool Internal, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>A note as the API answers it (4me's note), on a request, a task or a workflow.</summary>
public sealed record NoteResponse
{
    public required long Id { get; init; }
    public required string Text { get; init; }

    /// <summary>Seen only in the account it was written in.</summary>
    public bool Internal { get; init; }

    /// <summary>The author, named in the account the note was written in.</summary>
    public RecordRef? Person { get; init; }

    /// <summary>Always <c>default</c> (4me's medium of a note written through the API).</summary>
    public string Medium { get; init; } = "default";

    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }

    /// <summary>The account the note was written in, when it is not the caller's.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}

/// <summary>Renders notes as <see cref="NoteResponse"/>: each author named in the account the note was written in.</summary>
public sealed class NoteJson(NamesInAccounts names, References references)
{
    public async Task<IReadOnlyList<NoteResponse>> RenderAsync(IReadOnlyList<NoteView> notes, CancellationToken cancel)
    {
        var authors = await names.PeopleAsync(notes.Select(n => (n.PersonId, n.AccountId)), cancel);
        await references.LoadAccountsAsync(notes.Select(n => n.AccountId).Concat(authors.Values.Select(a => a.OwnerAccountId)), cancel);
        return notes.Select(n =>
        {
            var author = authors.TryGetValue((n.PersonId, n.AccountId), out var known) ? known : ((string Name, string OwnerAccountId)?)null;
            return new NoteResponse
            {
                Id = n.Id,
                Text = n.Text,
                Internal = n.Internal,
                Person = references.Ref(n.PersonId, author?.Name, author?.OwnerAccountId ?? n.AccountId),
                CreatedAt = n.CreatedAt,
                UpdatedAt = n.UpdatedAt,
                Account = references.ForeignAccount(n.AccountId),
            };
        }).ToList();
    }
}
