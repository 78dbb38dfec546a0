using System.Net.Mail;
using Trustdesk.Data.Configurations;

namespace Trustdesk.Web.Api;

/// <summary>Collects field errors for one input; <see cref="Result"/> is the 422 when any were found.</summary>
public sealed class Validation
{
    private readonly List<(string Field, string Text)> _errors = [];

    public bool IsValid => _errors.Count == 0;
    public ApiResult? Result => IsValid ? null : ApiErrors.Validation(_errors);

    public Validation Add(string field, string text)
    {
        _errors.Add((field, text));
        return this;
    }

    public Validation Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, "can't be blank");
        return this;
    }

    public Validation MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max) Add(field, $"is too long (maximum is {max} characters)");
        return this;
    }

    public Validation Text(string field, string? value, int max, bool required = false)
    {
        if (required) Required(field, value);
        // PostgreSQL refuses NUL in text. JsonBody refuses it in API bodies already; form posts reach the handlers'
        // typed entry points without JsonBody, so the rule is kept here too, where every text is validated.
        if (value?.Contains('\0', StringComparison.Ordinal) == true) Add(field, "must not contain NUL characters");
        return MaxLength(field, value, max);
    }

    public Validation Email(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return this;
        if (!MailAddress.TryCreate(value, out var address) || address.Address != value || !value.Contains('.', StringComparison.Ordinal))
            Add(field, "is not a valid e-mail address");
        return this;
    }

    public Validation OneOf(string field, string? value, IReadOnlyCollection<string> allowed)
    {
        if (value is not null && !allowed.Contains(value)) Add(field, $"must be one of: {string.Join(", ", allowed)}");
        return this;
    }

    /// <summary>Reads a 4me enum value by its snake_case name; null stays null, an unknown name is a field error.</summary>
    public T? Enum<T>(string field, string? value) where T : struct, System.Enum
    {
        if (value is null) return null;
        if (SnakeCaseEnum<T>.TryParse(value, out var parsed)) return parsed;
        Add(field, $"must be one of: {string.Join(", ", SnakeCaseEnum<T>.Names)}");
        return null;
    }

    public Validation TimeZone(string field, string? value)
    {
        if (value is not null && !TimeZones.IsKnown(value)) Add(field, "is not a known time zone");
        return this;
    }
}
