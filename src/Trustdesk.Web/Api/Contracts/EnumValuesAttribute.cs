namespace Trustdesk.Web.Api.Contracts;

/// <summary>
/// An input field sent as text that must name a value of <paramref name="enumType"/> (its snake_case names, as answers write
/// them). Inputs keep such fields as strings so that a wrong value is refused with 4me's 422 naming the allowed ones
/// (<see cref="Validation.Enum{T}"/>) rather than a type error; this attribute gives the OpenAPI document the same list.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EnumValuesAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}
