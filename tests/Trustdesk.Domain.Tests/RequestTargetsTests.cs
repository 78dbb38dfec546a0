using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Requests;

namespace Trustdesk.Domain.Tests;

public class RequestTargetsTests
{
    // Every target different, so a wrong pick shows.
    private static readonly ServiceOffering Offering = new()
    {
        ResponseTargetLow = 480, ResolutionTargetLow = 4800,
        ResponseTargetMedium = 240, ResolutionTargetMedium = 2400,
        ResponseTargetHigh = 60, ResolutionTargetHigh = 480,
        ResponseTargetTop = 15, ResolutionTargetTop = 120,
        ResponseTargetRfc = 960, ResolutionTargetRfc = 9600,
        ResponseTargetRfi = 30, ResolutionTargetRfi = 300,
    };

    [Theory]
    [InlineData(RequestCategory.Incident, RequestImpact.Low, 480, 4800)]
    [InlineData(RequestCategory.Incident, RequestImpact.Medium, 240, 2400)]
    [InlineData(RequestCategory.Complaint, RequestImpact.High, 60, 480)]
    [InlineData(RequestCategory.Order, RequestImpact.Top, 15, 120)]
    [InlineData(RequestCategory.Rfc, RequestImpact.Top, 960, 9600)]
    [InlineData(RequestCategory.Rfc, null, 960, 9600)]
    [InlineData(RequestCategory.Rfi, RequestImpact.Low, 30, 300)]
    public void Rfc_and_rfi_have_their_own_targets_and_other_categories_go_by_impact(
        RequestCategory category, RequestImpact? impact, int response, int resolution) =>
        Assert.Equal(new RequestTargets(response, resolution), RequestTargets.For(Offering, category, impact));

    [Fact]
    public void Missing_targets_and_a_missing_impact_are_best_effort()
    {
        Assert.Equal(RequestTargets.BestEffort, RequestTargets.For(Offering, RequestCategory.Incident, null));

        var partly = new ServiceOffering { ResolutionTargetHigh = 480, ResponseTargetRfi = 30 };
        Assert.Equal(new RequestTargets(null, 480), RequestTargets.For(partly, RequestCategory.Incident, RequestImpact.High));
        Assert.Equal(new RequestTargets(30, null), RequestTargets.For(partly, RequestCategory.Rfi, RequestImpact.High));
        Assert.Equal(RequestTargets.BestEffort, RequestTargets.For(partly, RequestCategory.Rfc, RequestImpact.High));
    }
}
