using System.Text.Json;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>Assertions about the shape of answers that many tests share.</summary>
public static class Answers
{
    /// <summary>An id no record will ever have in a test run.</summary>
    public const long NeverExistingId = 9_000_000_000_000_000_000;

    /// <summary>
    /// <paramref name="path"/> with the segment naming <paramref name="id"/> replaced by <see cref="NeverExistingId"/>: a whole
    /// segment, never the digits inside another (record 1 must not turn <c>/v1/</c> into another path).
    /// </summary>
    public static string WithMissingId(string path, long id)
    {
        var segment = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Join('/', path.Split('/').Select(s => s == segment ? NeverExistingId.ToString(System.Globalization.CultureInfo.InvariantCulture) : s));
    }

    /// <summary>
    /// A record the caller may not see answers exactly like one that does not exist: same status (404), same body
    /// bytes, same content type, and no ETag that would tell them apart.
    /// </summary>
    public static void SameAsMissing(ApiResponse foreign, ApiResponse missing)
    {
        missing.Expect(404);
        foreign.Expect(404);
        Assert.Equal(missing.Body, foreign.Body);
        Assert.Equal(missing.ContentType, foreign.ContentType);
        Assert.False(foreign.HasHeader("ETag"), $"{foreign.Request}: a hidden record must not send an ETag");
        AssertErrorShape(foreign);
    }

    /// <summary>
    /// product.md §9: a JSON content type and <c>{"message": "..."}</c>, plus <c>errors</c> as <c>[field, text]</c>
    /// pairs on a 422; nothing else (no stack trace, no exception detail).
    /// </summary>
    public static void AssertErrorShape(ApiResponse response)
    {
        Assert.True(response.Status >= 400, $"{response.Request}: {response.Status} is not an error");
        var problem = ErrorShapeProblem(response.Status, response.ContentType, response.HasHeader("Content-Length"), response.Body);
        Assert.True(problem is null, $"{response.Request}: {problem}");
    }

    /// <summary>What keeps an error answer from the shape of <see cref="AssertErrorShape"/>; null when it has it.</summary>
    public static string? ErrorShapeProblem(int status, string? contentType, bool hasContentLength, byte[] body)
    {
        if (contentType?.StartsWith("application/json", StringComparison.Ordinal) != true) return $"error {status} has content type '{contentType}'";
        if (!hasContentLength) return $"error {status} without Content-Length";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return $"error {status} is no JSON: {e.Message}";
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
                return $"error {status} has no \"message\"";
            foreach (var property in root.EnumerateObject())
                if (property.Name is not "message" && !(property.Name is "errors" && status == 422))
                    return $"unexpected member '{property.Name}' in error {status}";
            if (root.TryGetProperty("errors", out var errors) && (errors.ValueKind != JsonValueKind.Array || errors.EnumerateArray()
                    .Any(e => e.ValueKind != JsonValueKind.Array || e.GetArrayLength() != 2 || e.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String))))
                return $"error {status} has errors that are not [field, text] pairs";
        }
        return null;
    }
}
