using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Trustdesk.Data.Configurations;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Api;

/// <summary>The one JSON dialect of the API: snake_case, no unknown members, nothing lenient.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions
    {
        // Set explicitly: JsonBody asks these options for type metadata before anything was serialized with them,
        // and without a resolver that throws, so a process whose first call had a body answered it 500.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    });

    /// <summary>
    /// Makes <paramref name="options"/> speak the dialect. The API's own options and the ones the OpenAPI document is
    /// generated with (ASP.NET Core's <c>JsonOptions</c>) are both made here, so the document names fields and enum values
    /// exactly as the answers do.
    /// </summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.AllowTrailingCommas = false;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        // Enums on the wire are the database's snake_case names (waiting_for_customer), never numbers.
        options.Converters.Add(new JsonStringEnumConverter(SnakeCaseEnumNames.Policy, allowIntegerValues: false));
        options.Converters.Add(new ApiTimestamp());
        return options;
    }

    /// <summary>
    /// A typed answer as the JSON object it is written as, so that <c>fields=</c> can pick from it. A
    /// <see cref="JsonObject"/> is taken as it is.
    /// </summary>
    public static JsonObject Node<TResponse>(TResponse response) =>
        response as JsonObject ?? JsonSerializer.SerializeToNode(response, Options)!.AsObject();

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

    /// <summary>The enum names the database stores (<see cref="SnakeCaseNames"/>), as a naming policy of the serializer.</summary>
    private sealed class SnakeCaseEnumNames : JsonNamingPolicy
    {
        public static readonly SnakeCaseEnumNames Policy = new();
        public override string ConvertName(string name) => SnakeCaseNames.ToSnake(name);
    }
}
