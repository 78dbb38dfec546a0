using System.Diagnostics.CodeAnalysis;
using Trustdesk.Data;
using Trustdesk.Domain.Records;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Api;

/// <summary>Validates the sent fields of <paramref name="body"/> and copies them onto the record; returns the 422 when any is wrong.</summary>
public delegate Task<ApiResult?> ApplyInput<in T, TInput>(T record, JsonBody<TInput> body, bool creating, CancellationToken cancel);

/// <summary>Renders a saved record with all its fields, as the capability's typed answer (<c>SiteResponse</c>).</summary>
public delegate Task<TResponse> RenderRecord<in T, TResponse>(T record, CancellationToken cancel);

/// <summary>Reads a write's input: a request's JSON body, or a form's typed input with the fields it sets (<see cref="JsonBody.Of"/>).</summary>
public delegate Task<(JsonBody<TInput>? Body, ApiResult? Error)> ReadInput<TInput>();

/// <summary>
/// The steps every administrator-maintained record shares on create and update: who may write, reading the
/// body, <c>If-Match</c>, saving, and answering with the record and its ETag. The record-specific part is the
/// <see cref="ApplyInput{T, TInput}"/> of each capability.
/// </summary>
public sealed class RecordWrites(TrustdeskDbContext db, Caller caller)
{
    /// <summary>Administrators write every record; <paramref name="alsoWrittenBy"/> names roles that may write this one too.</summary>
    public bool MayWrite(IReadOnlyCollection<string>? alsoWrittenBy = null) =>
        caller.IsAdministrator || (alsoWrittenBy?.Any(caller.Roles.Contains) ?? false);

    /// <param name="audited">When given, the creation is the first line of the record's audit trail (written once the record has its id).</param>
    public Task<ApiResult> CreateAsync<T, TInput, TResponse>(HttpRequest request, T record, ApplyInput<T, TInput> apply, RenderRecord<T, TResponse> render,
        IReadOnlyCollection<string>? alsoWrittenBy = null, AuditedAs<T>? audited = null)
        where T : Record =>
        CreateAsync(record, () => JsonBody.ReadWithProblemsAsync<TInput>(request), apply, render, request.HttpContext.RequestAborted, alsoWrittenBy, audited);

    /// <summary>A create from input read by <paramref name="read"/>: a request's body, or a form's typed input (<see cref="JsonBody.Of"/>).</summary>
    public async Task<ApiResult> CreateAsync<T, TInput, TResponse>(T record, ReadInput<TInput> read, ApplyInput<T, TInput> apply,
        RenderRecord<T, TResponse> render, CancellationToken cancel, IReadOnlyCollection<string>? alsoWrittenBy = null, AuditedAs<T>? audited = null)
        where T : Record
    {
        if (!MayWrite(alsoWrittenBy)) return ApiErrors.Forbidden();
        var (body, error) = await read();
        if (body is null) return error!;
        record.AccountId = caller.AccountId;
        if (Refusal(body, await apply(record, body, true, cancel)) is { } invalid) return invalid;
        db.Add(record);
        await db.SaveChangesAsync(cancel);
        if (audited is not null)
        {
            db.Add(audited.Created(record, caller.PersonId));
            await db.SaveChangesAsync(cancel);
        }
        return ApiResult.Created(ApiJson.Node(await render(record, cancel))).WithETag(record.LockVersion);
    }

    /// <summary>
    /// One answer naming every fault of the body: its unknown or repeated fields as well as what the record's own rules
    /// refused (a client sending a field we do not know and missing a required one learns both at once); null when none.
    /// A field already faulted as sent (a NUL in it, say) is not named again for being absent from what was bound.
    /// </summary>
    private static ApiResult? Refusal<TInput>(JsonBody<TInput> body, ApiResult? refused) =>
        body.Problems.Count == 0 ? refused
        : refused is { StatusCode: not StatusCodes.Status422UnprocessableEntity } ? refused
        : ApiErrors.Validation([.. body.Problems, .. (refused?.FieldErrors ?? []).Where(e => body.Problems.All(p => p.Field != e.Field))]);

    /// <summary>
    /// Whether the caller may change <paramref name="record"/> (as found by the caller's filtered query); if not, why:
    /// 404 for a missing one, and for anyone without a role; 403 for a non-writer, and for a record of another account
    /// unless <paramref name="updatedWhereSeen"/> (its rule lets whoever sees it change it: a CI its provider supports).
    /// </summary>
    public bool MayUpdate([NotNullWhen(true)] Record? record, [NotNullWhen(false)] out ApiResult? refused,
        IReadOnlyCollection<string>? alsoWrittenBy = null, bool updatedWhereSeen = false)
    {
        // People without a role read no one else's records, so for them these do not exist either.
        // Directory records are visible in linked support domains but maintained in the directory account.
        refused = record is null || !caller.HasAnyRole ? ApiErrors.NotFound()
            : !MayWrite(alsoWrittenBy) || (record.AccountId != caller.AccountId && !updatedWhereSeen) ? ApiErrors.Forbidden()
            : null;
        return refused is null;
    }

    /// <summary>Updates <paramref name="record"/> (as found by the caller's filtered query; null answers 404).</summary>
    /// <param name="audited">When given, a change of an audited field adds a line to the record's audit trail, in the same save.</param>
    public Task<ApiResult> UpdateAsync<T, TInput, TResponse>(HttpRequest request, T? record, ApplyInput<T, TInput> apply, RenderRecord<T, TResponse> render,
        IReadOnlyCollection<string>? alsoWrittenBy = null, AuditedAs<T>? audited = null, bool updatedWhereSeen = false)
        where T : Record =>
        UpdateAsync(record, found => Preconditions.IfMatch(request, found.LockVersion), () => JsonBody.ReadWithProblemsAsync<TInput>(request),
            apply, render, request.HttpContext.RequestAborted, alsoWrittenBy, audited, updatedWhereSeen);

    /// <summary>
    /// An update from input read by <paramref name="read"/>, refused as <paramref name="stale"/> says (an <c>If-Match</c>, or
    /// the version a form was shown with) before the input is read.
    /// </summary>
    public async Task<ApiResult> UpdateAsync<T, TInput, TResponse>(T? record, Func<T, ApiResult?> stale, ReadInput<TInput> read,
        ApplyInput<T, TInput> apply, RenderRecord<T, TResponse> render, CancellationToken cancel,
        IReadOnlyCollection<string>? alsoWrittenBy = null, AuditedAs<T>? audited = null, bool updatedWhereSeen = false)
        where T : Record
    {
        if (!MayUpdate(record, out var refused, alsoWrittenBy, updatedWhereSeen)) return refused;
        if (stale(record) is { } outdated) return outdated;
        var (body, error) = await read();
        if (body is null) return error!;
        var before = audited?.Snapshot(record);
        if (Refusal(body, await apply(record, body, false, cancel)) is { } invalid) return invalid;
        if (before is not null && audited!.Entry(record, before, "update", caller.PersonId) is { } changed) db.Add(changed);
        await db.SaveChangesAsync(cancel);
        return ApiResult.Ok(ApiJson.Node(await render(record, cancel))).WithETag(record.LockVersion);
    }
}
