using Microsoft.AspNetCore.OpenApi;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// An answer of more than one shape written with no field naming its shape (<see cref="TaskResponse"/>,
/// <see cref="WorkflowResponse"/>: 4me's wire has none) is described as any of its shapes. ASP.NET Core's OpenAPI
/// generator gives the abstract base of such a hierarchy a discriminator on <c>$type</c>, a field none of them has: not
/// valid OpenAPI, and not true. It is taken away here. (The document's set-up, <c>Api/OpenApiDocument</c>, is where this
/// belongs once another capability needs it.)
/// </summary>
internal static class UndiscriminatedAnswers
{
    public static IServiceCollection DescribeUndiscriminatedAnswers(this IServiceCollection services) =>
        services.ConfigureAll<OpenApiOptions>(openApi => openApi.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.PolymorphismOptions is { } polymorphism && polymorphism.DerivedTypes.All(d => d.TypeDiscriminator is null))
                schema.Discriminator = null;
            return Task.CompletedTask;
        }));
}
