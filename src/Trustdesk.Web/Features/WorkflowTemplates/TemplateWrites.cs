using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Records;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// Creating a template record that owns rows of its own (a task template's approvers, a relation's predecessors):
/// the rows need the record's id, so the record is saved first and they are added after it, in the call's one
/// transaction (a refusal or a failure still writes nothing). Otherwise the steps of <see cref="RecordWrites"/>.
/// </summary>
public sealed class TemplateWrites(TrustdeskDbContext db, Caller caller, RecordWrites writes)
{
    public async Task<ApiResult> CreateAsync<T, TInput, TResponse>(HttpRequest request, T record, ApplyInput<T, TInput> apply,
        Func<T, CancellationToken, Task> addOwnedRows, RenderRecord<T, TResponse> render)
        where T : Record
    {
        if (!writes.MayWrite(TemplateWriters.Write)) return ApiErrors.Forbidden();
        var cancel = request.HttpContext.RequestAborted;
        var (body, error) = await JsonBody.ReadAsync<TInput>(request);
        if (body is null) return error!;
        record.AccountId = caller.AccountId;
        if (await apply(record, body, true, cancel) is { } invalid) return invalid;
        db.Add(record);
        await db.SaveChangesAsync(cancel);
        await addOwnedRows(record, cancel);
        await db.SaveChangesAsync(cancel);
        return ApiResult.Created(ApiJson.Node(await render(record, cancel))).WithETag(record.LockVersion);
    }

    /// <summary>
    /// The workflow template a phase or relation call is under, tracked so that it can be touched; null (a 404) when
    /// it is not there or the caller, without a role in the account, sees no templates at all.
    /// </summary>
    public async Task<WorkflowTemplate?> ParentAsync(long templateId, CancellationToken cancel) =>
        caller.HasAnyRole ? await db.WorkflowTemplates.FirstOrDefaultAsync(t => t.Id == templateId, cancel) : null;

    /// <summary>
    /// Marks <paramref name="record"/> changed when only rows it owns changed, so its <c>updated_at</c> and ETag move
    /// with what it renders, and a concurrent change of the same rows ends in a 409 instead of a silent merge.
    /// </summary>
    public void Touch(Record record)
    {
        var entry = db.Entry(record);
        if (entry.State == EntityState.Unchanged) entry.Property(r => r.UpdatedAt).IsModified = true;
    }
}
