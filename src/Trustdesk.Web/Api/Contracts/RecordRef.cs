using System.Text.Json.Serialization;

namespace Trustdesk.Web.Api.Contracts;

/// <summary>A reference to an account: its id (the slug) and name.</summary>
public sealed record AccountRef(string Id, string Name);

/// <summary>
/// A reference to a record the 4me way, <c>{id, name}</c>, with the <c>account</c> it lives in when that is not the
/// caller's.
/// </summary>
public sealed record RecordRef(long Id, string? Name)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AccountRef? Account { get; init; }
}

/// <summary>A reference by id alone, where the record's name is not the caller's to read (a request's workflow).</summary>
public sealed record IdRef(long Id);
