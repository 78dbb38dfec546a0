using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trustdesk.Web.Api.Contracts;

/// <summary>
/// Every <see cref="DateTime"/> of an answer is a 4me timestamp (<see cref="ApiJson.Timestamp"/>: ISO 8601, whole
/// seconds, UTC, <c>2030-01-07T09:00:00Z</c>), whatever kind the database handed back.
/// </summary>
public sealed class ApiTimestamp : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out var value) ? value
            : throw new JsonException("not an ISO 8601 time");

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ApiJson.Timestamp(value));
}
