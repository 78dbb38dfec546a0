using Trustdesk.Domain.Catalog;

namespace Trustdesk.Domain.Requests;

/// <summary>A request's response and resolution targets in minutes of support time; null is best effort.</summary>
public readonly record struct RequestTargets(int? ResponseMinutes, int? ResolutionMinutes)
{
    public static RequestTargets BestEffort { get; } = new(null, null);

    /// <summary>
    /// The targets <paramref name="offering"/> sets for a request. Requests for change and for information have
    /// targets of their own, whatever their impact, because they are planned work and questions rather than
    /// disruptions; every other category is measured by its impact. A request without an impact matches none of
    /// the offering's impact targets, so it gets best effort rather than a guessed impact.
    /// </summary>
    public static RequestTargets For(ServiceOffering offering, RequestCategory category, RequestImpact? impact)
    {
        ArgumentNullException.ThrowIfNull(offering);
        return category switch
        {
            RequestCategory.Rfc => new(offering.ResponseTargetRfc, offering.ResolutionTargetRfc),
            RequestCategory.Rfi => new(offering.ResponseTargetRfi, offering.ResolutionTargetRfi),
            _ => impact switch
            {
                RequestImpact.Low => new(offering.ResponseTargetLow, offering.ResolutionTargetLow),
                RequestImpact.Medium => new(offering.ResponseTargetMedium, offering.ResolutionTargetMedium),
                RequestImpact.High => new(offering.ResponseTargetHigh, offering.ResolutionTargetHigh),
                RequestImpact.Top => new(offering.ResponseTargetTop, offering.ResolutionTargetTop),
                _ => BestEffort,
            },
        };
    }
}
