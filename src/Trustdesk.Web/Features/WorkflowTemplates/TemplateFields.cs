using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>The field rules the template records share; each adds its 422 text to the given <see cref="Validation"/>.</summary>
internal static class TemplateFields
{
    /// <summary>Required on create, and never cleared: absent on create or sent as null, it is blank.</summary>
    public static void Required<T>(Validation check, JsonBody<T> body, bool creating, string field, object? value)
    {
        if ((creating || body.Has(field)) && value is null) check.Add(field, "can't be blank");
    }

    /// <summary>An enum that always has a value: required on create (<paramref name="required"/>) and never cleared.</summary>
    public static TEnum? Enum<T, TEnum>(Validation check, JsonBody<T> body, bool creating, bool required, string field, string? value)
        where TEnum : struct, System.Enum
    {
        if (!body.Has(field))
        {
            if (creating && required) check.Add(field, "can't be blank");
            return null;
        }
        if (value is null)
        {
            check.Add(field, "can't be blank");
            return null;
        }
        return check.Enum<TEnum>(field, value);
    }

    public static void AtLeast(Validation check, string field, int? value, int minimum)
    {
        if (value < minimum) check.Add(field, $"must be greater than or equal to {minimum}");
    }

    /// <summary>A position sent as null on an update is blank; on create it means "last", like leaving it out.</summary>
    public static void Position<T>(Validation check, JsonBody<T> body, bool creating, int? position)
    {
        if (!creating && body.Has("position") && position is null) check.Add("position", "can't be blank");
        AtLeast(check, "position", position, 1);
    }
}
