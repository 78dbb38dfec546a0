using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Tests.Fuzz;

/// <summary>A field of a request body: its JSON name and the .NET type the API binds it to.</summary>
public sealed record BodyField(string Name, Type Type);

/// <summary>
/// The fields each write operation's body takes, learnt from the app rather than listed. Every body the API reads is an
/// <c>…Input</c> record bound with <see cref="ApiJson.Options"/>, so together they give every field name there is
/// (with its type). Which of them one operation takes, the operation says itself: sent all of them plus one no input
/// has, it refuses the body with a 422 naming each field it does not know (<c>JsonBody</c>, which never writes what
/// it refuses); the rest are its own.
/// </summary>
public static class BodyFields
{
    public const string Probe = "fuzz_probe";

    /// <summary>Every field of every input record of the API, by JSON name (one name may have more than one type).</summary>
    public static IReadOnlyList<BodyField> All { get; } = typeof(ApiJson).Assembly.GetTypes()
        .Where(t => t.IsPublic && t.Name.EndsWith("Input", StringComparison.Ordinal) && !t.IsAbstract)
        .SelectMany(t => Properties(t))
        .Distinct()
        .OrderBy(f => f.Name, StringComparer.Ordinal)
        .ToList();

    public static IEnumerable<BodyField> Properties(Type type) =>
        ApiJson.Options.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info
            ? info.Properties.Select(p => new BodyField(p.Name, p.PropertyType))
            : [];

    /// <summary>The probe's body: every known field (null) and one that no input has.</summary>
    public static string ProbeBody() =>
        new JsonObject(All.Select(f => f.Name).Append(Probe).Distinct().Select(name => KeyValuePair.Create(name, (JsonNode?)null))).ToJsonString();

    /// <summary>
    /// The fields the operation took, from its answer to <see cref="ProbeBody"/>; null when it did not refuse the probe
    /// field (it reads no body, or refused the call before reading it), so that what it takes is not known.
    /// </summary>
    public static IReadOnlyList<BodyField>? FromProbeAnswer(FuzzAnswer answer)
    {
        if (answer.Status != 422) return null;
        var errors = JsonNode.Parse(answer.Body)?["errors"]?.AsArray() ?? [];
        var unknown = errors.Select(e => e?.AsArray()).Where(e => e?[1]?.GetValue<string>() == "is not a known field")
            .Select(e => e![0]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        return unknown.Contains(Probe) ? All.Where(f => !unknown.Contains(f.Name)).ToList() : null;
    }
}
