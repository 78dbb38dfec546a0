using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Pages.Portal;

/// <summary>
/// <c>/portal/requests</c>: the person's own requests across accounts, through <see cref="VisibleRequests"/> as
/// <c>GET /v1/requests</c> reads them for an end user.
/// </summary>
public sealed class MyRequestsModel(VisibleRequests visible, RequestJson json, Caller caller) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<RequestView> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel)
    {
        using var own = visible.ReadingOwnRequests();
        var requests = await visible.Query().OrderByDescending(r => r.Id).Take(Shown).ToListAsync(cancel);
        Requests = (await json.RenderAsync(requests, cancel)).Select(r => RequestView.From(r, caller.AccountId, caller.Account.Name)).ToList();
    }
}
