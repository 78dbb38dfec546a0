using System.Text.Json;

namespace Trustdesk.Web.Api;

/// <summary>
/// A request body: the bound input and which fields the client actually sent, so a PATCH changes exactly
/// those (an absent field and a field sent as null mean different things).
/// </summary>
public sealed class JsonBody<T>(T value, IReadOnlySet<string> present)
{
    public T Value { get; } = value;
    public bool Has(string field) => present.Contains(field);
}

public static class JsonBody
{
    private const int MaxBytes = 1024 * 1024;

    /// <summary>Reads the body as <typeparamref name="T"/>; on failure the error says why (400 or 422).</summary>
    public static async Task<(JsonBody<T>? Body, ApiResult? Error)> ReadAsync<T>(HttpRequest request)
    {
        JsonDocument document;
        try
        {
            if (request.ContentLength > MaxBytes) return (null, ApiErrors.BadRequest("Request body too large"));
            document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return (null, ApiErrors.InvalidJson());
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, ApiErrors.InvalidJson());

            var known = ApiJson.Options.GetTypeInfo(typeof(T)).Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var present = new HashSet<string>(StringComparer.Ordinal);
            var errors = new List<(string, string)>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!known.Contains(property.Name)) errors.Add((property.Name, "is not a known field"));
                else if (!present.Add(property.Name)) errors.Add((property.Name, "is given more than once"));
            }
            if (errors.Count > 0) return (null, ApiErrors.Validation(errors));

            try
            {
                var value = document.RootElement.Deserialize<T>(ApiJson.Options)!;
                return (new JsonBody<T>(value, present), null);
            }
            catch (JsonException e)
            {
                var field = e.Path is { Length: > 2 } path ? path[2..].Split('.', '[')[0] : "body";
                return (null, ApiErrors.Validation(field, "has the wrong type"));
            }
        }
    }
}
