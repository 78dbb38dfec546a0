using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Trustdesk.Data.Configurations;

namespace Trustdesk.Web.Api.Contracts;

/// <summary>
/// What the schema generator cannot see of the API's JSON dialect (<see cref="ApiJson"/>): times are 4me timestamps
/// (written by <see cref="ApiTimestamp"/>, a converter it cannot look into); an enum is a string of one of its names,
/// whether or not a field of it may be null (the field says that, not the enum's shared schema); an answer of several
/// shapes is any of them, with no discriminator; a text input that names an enum (<see cref="EnumValuesAttribute"/>)
/// lists its names; and the references and the error body carry an example.
/// </summary>
internal static class DialectSchemas
{
    /// <summary>
    /// Examples of the shapes every answer uses, as the reference scenario has them, so that the reference's generated
    /// examples read like 4me's (the fields of a record take theirs from these, their enums and their formats).
    /// </summary>
    private static readonly Dictionary<Type, Func<JsonNode>> Examples = new()
    {
        [typeof(RecordRef)] = () => new JsonObject { ["id"] = 12, ["name"] = "Service Desk" },
        [typeof(AccountRef)] = () => new JsonObject { ["id"] = "widget-it-nl", ["name"] = "Widget IT Netherlands" },
        [typeof(IdRef)] = () => new JsonObject { ["id"] = 31 },
        [typeof(ApiError)] = () => new JsonObject { ["message"] = "Validation Failed", ["errors"] = new JsonArray(new JsonArray("name", "can't be blank")) },
    };

    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancel)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(DateTime) || type == typeof(DateTime?))
        {
            schema.Type = type == typeof(DateTime) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
            schema.Examples = [JsonValue.Create("2030-01-07T09:00:00Z")];
        }
        if ((Nullable.GetUnderlyingType(type) ?? type).IsEnum && schema.Enum is { } names)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = names.Where(name => name is not null).ToList();
        }
        if (Examples.TryGetValue(type, out var example)) schema.Examples = [example()];
        // An answer of more than one shape (a task as its approver sees it) carries no field naming its shape: 4me's wire
        // has none. The generator would give the shapes' base a discriminator on $type, a field none of them has.
        if (context.JsonTypeInfo.PolymorphismOptions is { } polymorphism && polymorphism.DerivedTypes.All(d => d.TypeDiscriminator is null))
            schema.Discriminator = null;
        if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(EnumValuesAttribute), false) is [EnumValuesAttribute named, ..])
            schema.Enum = Enum.GetNames(named.EnumType).Select(name => (JsonNode)JsonValue.Create(SnakeCaseNames.ToSnake(name))).ToList();
        return Task.CompletedTask;
    }
}
