using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Trustdesk.Web.Api;

/// <summary>The one JSON dialect of the API: snake_case, no unknown members, nothing lenient.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        // Set explicitly: JsonBody asks these options for type metadata before anything was serialized with them,
        // and without a resolver that throws, so a process whose first call had a body answered it 500.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>
    /// 4me timestamps: ISO 8601 with seconds, in UTC. Stored times are UTC; SQLite reads them back without a kind,
    /// which ToUniversalTime would take for the machine's local time, so an unspecified kind is read as UTC.
    /// </summary>
    public static string? Timestamp(DateTime? value) => value is not { } time ? null
        : (time.Kind == DateTimeKind.Unspecified ? time : time.ToUniversalTime())
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An input time in UTC; a time sent without a zone is taken as UTC, never as the server's local time.</summary>
    public static DateTime? AsUtc(DateTime? value) => value?.Kind switch
    {
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value.Value, DateTimeKind.Utc),
        _ => value?.ToUniversalTime(),
    };
}
