using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Trustdesk.Data.Configurations;

/// <summary>Stores an enum as its 4me wire name (<c>InProduction</c> → <c>in_production</c>), readable in psql and stable under reordering.</summary>
public sealed class SnakeCaseEnum<T>() : ValueConverter<T, string>(
    value => SnakeCaseNames.ToSnake(value.ToString()),
    text => Parse(text)) where T : struct, Enum
{
    private static readonly Dictionary<string, T> ByName =
        Enum.GetValues<T>().ToDictionary(v => SnakeCaseNames.ToSnake(v.ToString()), StringComparer.Ordinal);

    public static string Name(T value) => SnakeCaseNames.ToSnake(value.ToString());

    public static bool TryParse(string? text, out T value) => ByName.TryGetValue(text ?? "", out value);

    public static IReadOnlyList<string> Names => [.. ByName.Keys];

    private static T Parse(string text) => ByName[text];
}
