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
        Assert.True(response.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true,
            $"{response.Request}: error {response.Status} has content type '{response.ContentType}'");
        Assert.True(response.HasHeader("Content-Length"), $"{response.Request}: error without Content-Length");
        using var document = JsonDocument.Parse(response.Body);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(JsonValueKind.String, root.GetProperty("message").ValueKind);
        foreach (var property in root.EnumerateObject())
            Assert.True(property.Name is "message" || (property.Name is "errors" && response.Status == 422),
                $"{response.Request}: unexpected member '{property.Name}' in error {response.Text}");
        if (root.TryGetProperty("errors", out var errors))
            foreach (var error in errors.EnumerateArray())
            {
                Assert.Equal(2, error.GetArrayLength());
                Assert.All(error.EnumerateArray(), part => Assert.Equal(JsonValueKind.String, part.ValueKind));
            }
    }
}
