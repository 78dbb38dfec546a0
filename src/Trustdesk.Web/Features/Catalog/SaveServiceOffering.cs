using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>
/// Registers and updates service offerings: targets in minutes (non-negative; null = best effort) and support hours
/// as a weekly calendar in an IANA time zone (the account's time zone unless one is given).
/// </summary>
public sealed class SaveServiceOffering(TrustdeskDbContext db, Caller caller, ServiceOfferingJson json, RecordWrites writes)
{
    private static readonly (string Field, Func<ServiceOfferingInput, int?> Read, Action<ServiceOffering, int?> Write)[] Targets =
    [
        ("response_target_low", i => i.ResponseTargetLow, (o, v) => o.ResponseTargetLow = v),
        ("response_target_medium", i => i.ResponseTargetMedium, (o, v) => o.ResponseTargetMedium = v),
        ("response_target_high", i => i.ResponseTargetHigh, (o, v) => o.ResponseTargetHigh = v),
        ("response_target_top", i => i.ResponseTargetTop, (o, v) => o.ResponseTargetTop = v),
        ("response_target_rfc", i => i.ResponseTargetRfc, (o, v) => o.ResponseTargetRfc = v),
        ("response_target_rfi", i => i.ResponseTargetRfi, (o, v) => o.ResponseTargetRfi = v),
        ("resolution_target_low", i => i.ResolutionTargetLow, (o, v) => o.ResolutionTargetLow = v),
        ("resolution_target_medium", i => i.ResolutionTargetMedium, (o, v) => o.ResolutionTargetMedium = v),
        ("resolution_target_high", i => i.ResolutionTargetHigh, (o, v) => o.ResolutionTargetHigh = v),
        ("resolution_target_top", i => i.ResolutionTargetTop, (o, v) => o.ResolutionTargetTop = v),
        ("resolution_target_rfc", i => i.ResolutionTargetRfc, (o, v) => o.ResolutionTargetRfc = v),
        ("resolution_target_rfi", i => i.ResolutionTargetRfi, (o, v) => o.ResolutionTargetRfi = v),
    ];

    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<ServiceOffering, ServiceOfferingInput, ServiceOfferingResponse>(request, new ServiceOffering(), ApplyAsync, json.RenderAsync, ServiceLevelManagers.Write);

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<ServiceOffering, ServiceOfferingInput, ServiceOfferingResponse>(request,
            await db.ServiceOfferings.FirstOrDefaultAsync(o => o.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync, ServiceLevelManagers.Write);

    private async Task<ApiResult?> ApplyAsync(ServiceOffering offering, JsonBody<ServiceOfferingInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        check.Text("source", input.Source, Limits.Code).Text("sourceID", input.SourceId, Limits.Code);
        CatalogReferences.Required(check, body, creating, "service_id", input.ServiceId);
        var status = CatalogReferences.WireEnum<ServiceOfferingInput, ServiceOfferingStatus>(check, body, "status", input.Status);
        foreach (var (field, read, _) in Targets)
            if (read(input) < 0) check.Add(field, "must be greater than or equal to 0");
        if (body.Has("support_hours_time_zone"))
        {
            if (input.SupportHoursTimeZone is null) check.Add("support_hours_time_zone", "can't be blank");
            else check.TimeZone("support_hours_time_zone", input.SupportHoursTimeZone);
        }
        var supportHours = ReadSupportHours(input, check);
        if (!check.IsValid) return check.Result;

        if (input.ServiceId is long serviceId && serviceId != offering.ServiceId)
        {
            if (!await db.Services.AnyAsync(s => s.Id == serviceId, cancel)) check.Add("service_id", "does not exist");
            // SLAs pair an offering with an instance of the same service; moving the offering would break that.
            else if (!creating && await db.Slas.AnyAsync(s => s.ServiceOfferingId == offering.Id, cancel))
                check.Add("service_id", "can't change while SLAs use this service offering");
        }
        if (!check.IsValid) return check.Result;

        if (body.Has("name")) offering.Name = input.Name!.Trim();
        if (body.Has("service_id")) offering.ServiceId = input.ServiceId!.Value;
        if (status is { } newStatus) offering.Status = newStatus;
        foreach (var (field, read, write) in Targets)
            if (body.Has(field)) write(offering, read(input));
        if (body.Has("support_hours")) offering.SupportHours = supportHours?.ToString();
        if (body.Has("support_hours_time_zone")) offering.SupportHoursTimeZone = input.SupportHoursTimeZone!;
        else if (creating) offering.SupportHoursTimeZone = caller.Account.TimeZone;
        if (body.Has("source")) offering.Source = input.Source;
        if (body.Has("sourceID")) offering.SourceId = input.SourceId;
        return null;
    }

    /// <summary>The calendar sent, in canonical form; null when absent, sent as null (24x7) or wrong (errors added).</summary>
    private static SupportHours? ReadSupportHours(ServiceOfferingInput input, Validation check)
    {
        if (input.SupportHours is not { } periods) return null;
        var hours = SupportHours.TryCreate(
            [.. periods.Select(p => p is null ? null : new SupportHours.Period(p.Days, p.Start, p.End))], out var errors);
        foreach (var error in errors) check.Add("support_hours", error);
        if (hours is not null) check.MaxLength("support_hours", hours.ToString(), Limits.Text);
        return hours;
    }
}
