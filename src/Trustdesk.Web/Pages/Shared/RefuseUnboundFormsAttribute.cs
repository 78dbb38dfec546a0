using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Trustdesk.Web.Pages.Shared;

/// <summary>
/// A post whose values do not bind (a checkbox that is neither true nor false, a number that is none) was not sent by the
/// page's own form: it answers the 400 page before anything runs. Left to the handler, it ran with the field's default
/// (a note posted public), the unit of work then rolled back what it wrote (<c>PageCallerFilter</c> commits only a valid
/// model) while the page said it was done, and a page shown again with the value failed to render it (a 500).
/// First among the page's filters, so no caller is resolved and no transaction begun for it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RefuseUnboundFormsAttribute : Attribute, IAsyncPageFilter, IOrderedFilter
{
    public int Order => -1;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !context.ModelState.IsValid)
        {
            context.Result = new BadRequestResult();
            return;
        }
        await next();
    }
}
