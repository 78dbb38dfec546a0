using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Trustdesk.Web.Features.Events;

/// <summary>
/// One change of a request, as it travels from the saving process to every server's subscribers: what happened
/// (4me's webhook names), to which request, in which account the request lives, when, and for a note which note
/// (an internal one may be seen by fewer than the request). It carries no field of the request: a subscriber reads
/// the record through the API, where the visibility rule answers.
/// </summary>
public sealed record RequestEvent(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("request_id")] long RequestId,
    [property: JsonPropertyName("account_id")] string? AccountId,
    [property: JsonPropertyName("at")] DateTime At,
    [property: JsonPropertyName("note_id")] long? NoteId = null)
{
    public const string Created = "request.create";
    public const string Updated = "request.update";
    public const string NoteAdded = "request.note-added";

    private static readonly JsonSerializerOptions Json = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    /// <summary>The PostgreSQL NOTIFY payload: a hundred-odd bytes, far below the 8,000-byte limit.</summary>
    public string ToPayload() => JsonSerializer.Serialize(this, Json);

    /// <summary>Null for a payload this version does not understand (another version, or someone else's NOTIFY).</summary>
    public static RequestEvent? FromPayload(string payload)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<RequestEvent>(payload, Json);
            return parsed is { Kind: Created or Updated or NoteAdded, RequestId: > 0 } ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
