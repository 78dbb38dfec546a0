using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>The reference checks catalog records share; each adds its 422 text to the given <see cref="Validation"/>.</summary>
internal static class CatalogReferences
{
    /// <summary>A team of the current account; another account's team reads as missing.</summary>
    public static async Task TeamAsync(TrustdeskDbContext db, Validation check, string field, long? id, CancellationToken cancel)
    {
        if (id is long teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, cancel)) check.Add(field, "does not exist");
    }

    /// <summary>A person holding a role in the current account (owners, managers of catalog records).</summary>
    public static async Task PersonWithRoleAsync(TrustdeskDbContext db, Validation check, string field, long? id, CancellationToken cancel)
    {
        if (id is long personId && !await db.Permissions.AnyAsync(p => p.PersonId == personId, cancel))
            check.Add(field, "must be a person with a role in this account");
    }

    /// <summary>Required on create, and never cleared: sent as null on an update it is blank too.</summary>
    public static bool Required<T>(Validation check, JsonBody<T> body, bool creating, string field, object? value)
    {
        if ((creating || body.Has(field)) && value is null)
        {
            check.Add(field, "can't be blank");
            return false;
        }
        return true;
    }

    /// <summary>A 4me date (<c>yyyy-mm-dd</c>) when sent, else the current value; null clears it (and is what a wrong one reads as, its error added).</summary>
    public static DateOnly? Date<T>(Validation check, JsonBody<T> body, string field, string? text, DateOnly? current)
    {
        if (!body.Has(field)) return current;
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        check.Add(field, "is not a date as yyyy-mm-dd");
        return null;
    }

    /// <summary>An enum sent by its wire name; null when absent or wrong (the error is added).</summary>
    public static TEnum? WireEnum<T, TEnum>(Validation check, JsonBody<T> body, string field, string? value) where TEnum : struct, Enum
    {
        if (!body.Has(field)) return null;
        if (value is null)
        {
            check.Add(field, "can't be blank");
            return null;
        }
        if (SnakeCaseEnum<TEnum>.TryParse(value, out var parsed)) return parsed;
        check.OneOf(field, value, [.. SnakeCaseEnum<TEnum>.Names]);
        return null;
    }
}
