using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Trustdesk.Web.Pages.Shared;

/// <summary>
/// Refuses what no page of the app sends, before anything runs. A post to a handler the page does not have
/// (<c>?handler=Nope</c> where there is no plain <c>OnPost</c> to fall back on) answers the 404 page: Razor Pages
/// otherwise renders the page without running any handler, so its model was never read and the view failed (a 500). A post whose values do not bind (a checkbox that is neither true nor false, a
/// number that is none) answers the 400 page: left to the handler, it ran with the field's default (a note posted
/// public), the unit of work then rolled back what it wrote (<c>PageCallerFilter</c> commits only a valid model) while
/// the page said it was done, and a page shown again with the value failed to render it (a 500).
/// First among the page's filters, so no caller is resolved and no transaction begun for it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RefuseForgedRequestsAttribute : Attribute, IAsyncPageFilter, IOrderedFilter
{
    public int Order => -1;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new NotFoundResult();
            return;
        }
        var method = context.HttpContext.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !context.ModelState.IsValid)
        {
            context.Result = new BadRequestResult();
            return;
        }
        await next();
    }
}
