using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>Renders service offerings as <see cref="ServiceOfferingResponse"/>, their services named and support hours as periods.</summary>
public sealed class ServiceOfferingJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields = ["name", "service", "status"];

    public async Task<IReadOnlyList<ServiceOfferingResponse>> RenderAsync(IReadOnlyList<ServiceOffering> offerings, CancellationToken cancellationToken)
    {
        var serviceIds = offerings.Select(o => o.ServiceId).Distinct().ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

        return offerings.Select(o => new ServiceOfferingResponse
        {
            Id = o.Id,
            Name = o.Name,
            Service = services.TryGetValue(o.ServiceId, out var service) ? references.Ref(o.ServiceId, service, null) : null,
            Status = o.Status,
            ResponseTargetLow = o.ResponseTargetLow,
            ResponseTargetMedium = o.ResponseTargetMedium,
            ResponseTargetHigh = o.ResponseTargetHigh,
            ResponseTargetTop = o.ResponseTargetTop,
            ResponseTargetRfc = o.ResponseTargetRfc,
            ResponseTargetRfi = o.ResponseTargetRfi,
            ResolutionTargetLow = o.ResolutionTargetLow,
            ResolutionTargetMedium = o.ResolutionTargetMedium,
            ResolutionTargetHigh = o.ResolutionTargetHigh,
            ResolutionTargetTop = o.ResolutionTargetTop,
            ResolutionTargetRfc = o.ResolutionTargetRfc,
            ResolutionTargetRfi = o.ResolutionTargetRfi,
            SupportHours = Periods(o.SupportHours),
            SupportHoursTimeZone = o.SupportHoursTimeZone,
            Source = o.Source,
            SourceId = o.SourceId,
            CreatedAt = o.CreatedAt,
            UpdatedAt = o.UpdatedAt,
        }).ToList();
    }

    public async Task<ServiceOfferingResponse> RenderAsync(ServiceOffering offering, CancellationToken cancellationToken) =>
        (await RenderAsync([offering], cancellationToken))[0];

    /// <summary>The stored canonical text as the calendar's periods (<c>[{"days":[…],"start":"08:00","end":"17:00"}]</c>), or null (24x7).</summary>
    private static List<SupportHoursPeriodResponse>? Periods(string? text) => text is null ? null
        : [.. SupportHours.Parse(text).Periods.Select(p => new SupportHoursPeriodResponse { Days = [.. p.Days!.OfType<string>()], Start = p.Start!, End = p.End! })];
}
