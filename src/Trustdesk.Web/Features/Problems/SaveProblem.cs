using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Problems;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Catalog;

namespace Trustdesk.Web.Features.Problems;

/// <summary>
/// Writes the account's problems (ADR 49): specialists and administrators, for a service of the account; a team and a
/// member of the account's own; a manager with a role there. A <c>note</c> sent with a change is added to the problem's
/// notes. Every change of a field is audited; a stale version answers 412, a concurrent save 409.
/// </summary>
public sealed class SaveProblem(TrustdeskDbContext db, Caller caller, ProblemJson json, RecordWrites writes, NotedRecords noted, TimeProvider time)
{
    public const string RecordType = "problems";

    public static readonly AuditedAs<Problem> Audited = new(RecordType, p => new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
    {
        ["subject"] = p.Subject,
        ["service_id"] = p.ServiceId,
        ["category"] = SnakeCaseEnum<ProblemCategory>.Name(p.Category),
        ["impact"] = p.Impact is { } impact ? SnakeCaseEnum<WorkImpact>.Name(impact) : null,
        ["status"] = SnakeCaseEnum<ProblemStatus>.Name(p.Status),
        ["manager_id"] = p.ManagerId,
        ["team_id"] = p.TeamId,
        ["member_id"] = p.MemberId,
        ["known_error"] = p.KnownError,
        ["workaround"] = p.Workaround,
        ["source"] = p.Source,
        ["sourceID"] = p.SourceId,
    });

    // The note of the input being applied: added once the problem is saved (a new problem has no id before).
    private string? _note;

    public bool MayWrite => writes.MayWrite(Role.Specialists);

    public async Task<ApiResult> CreateAsync(HttpRequest request)
    {
        var problem = new Problem { CreatedById = caller.PersonId };
        var created = await writes.CreateAsync<Problem, ProblemInput, ProblemResponse>(request, problem, ApplyAsync, json.RenderAsync,
            Role.Specialists, Audited);
        return await WithNoteAsync(created, problem, request.HttpContext.RequestAborted);
    }

    /// <summary>Only the account's own problems are changed: no other is seen.</summary>
    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var problem = await db.Problems.FirstOrDefaultAsync(p => p.Id == id, cancel);
        var updated = await writes.UpdateAsync<Problem, ProblemInput, ProblemResponse>(request, problem, ApplyAsync, json.RenderAsync,
            Role.Specialists, Audited);
        return await WithNoteAsync(updated, problem, cancel);
    }

    /// <summary>A new problem from a console form that sets <paramref name="fields"/> of <paramref name="input"/>; the 201, or why not.</summary>
    public async Task<ApiResult> CreateAsync(ProblemInput input, IReadOnlySet<string> fields, CancellationToken cancel)
    {
        var problem = new Problem { CreatedById = caller.PersonId };
        var created = await writes.CreateAsync<Problem, ProblemInput, ProblemResponse>(problem, () => JsonBody.Of(input, fields), ApplyAsync,
            json.RenderAsync, cancel, Role.Specialists, Audited);
        return await WithNoteAsync(created, problem, cancel);
    }

    /// <summary>A console form's change, only while the problem is still at <paramref name="version"/> (else 412); the 200, or why not.</summary>
    public async Task<ApiResult> UpdateAsync(long id, ProblemInput input, IReadOnlySet<string> fields, int version, CancellationToken cancel)
    {
        var problem = await db.Problems.FirstOrDefaultAsync(p => p.Id == id, cancel);
        var updated = await writes.UpdateAsync<Problem, ProblemInput, ProblemResponse>(problem,
            found => found.LockVersion == version ? null : ApiErrors.PreconditionFailed(), () => JsonBody.Of(input, fields),
            ApplyAsync, json.RenderAsync, cancel, Role.Specialists, Audited);
        return await WithNoteAsync(updated, problem, cancel);
    }

    /// <summary>Adds the note sent with a change that succeeded; it moves the problem's <c>updated_at</c>, not its version (ADR 28).</summary>
    private async Task<ApiResult> WithNoteAsync(ApiResult result, Problem? problem, CancellationToken cancel)
    {
        if (_note is not { } text || problem is null || result.StatusCode >= 300) return result;
        db.ProblemNotes.Add(new ProblemNote { ProblemId = problem.Id, PersonId = caller.PersonId, Text = text });
        await db.SaveChangesAsync(cancel);
        await noted.TouchAsync(problem, cancel);
        return result;
    }

    private async Task<ApiResult?> ApplyAsync(Problem problem, JsonBody<ProblemInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("subject")) check.Text("subject", input.Subject, Limits.Name, required: true);
        check.Text("workaround", input.Workaround, Limits.NoteText)
            .Text("source", input.Source, Limits.Code)
            .Text("sourceID", input.SourceId, Limits.Code);
        if (body.Has("note")) check.Text("note", input.Note, Limits.NoteText, required: true);
        var category = CatalogReferences.WireEnum<ProblemInput, ProblemCategory>(check, body, "category", input.Category);
        var status = CatalogReferences.WireEnum<ProblemInput, ProblemStatus>(check, body, "status", input.Status);
        var impact = check.Enum<WorkImpact>("impact", input.Impact);
        if (CatalogReferences.Required(check, body, creating, "service_id", input.ServiceId) && input.ServiceId is long serviceId
            && !await db.Services.AnyAsync(s => s.Id == serviceId && s.AccountId == caller.AccountId, cancel))
            check.Add("service_id", "must be a service of this account");
        if (input.ManagerId is long manager && !await db.Permissions.AnyAsync(p => p.PersonId == manager && p.AccountId == caller.AccountId, cancel))
            check.Add("manager_id", "must be a person with a role in this account");
        var teamId = body.Has("team_id") ? input.TeamId : problem.TeamId;
        if (body.Has("team_id") && input.TeamId is long team && !await db.Teams.AnyAsync(t => t.Id == team && t.AccountId == caller.AccountId, cancel))
            check.Add("team_id", "must be a team of this account");
        // A member sent must belong to the team; a member kept is dropped when the team changes to one they are not in.
        var memberId = body.Has("member_id") ? input.MemberId : problem.MemberId;
        var isMember = memberId is long member && teamId is long memberTeam
            && await db.TeamMembers.AnyAsync(m => m.TeamId == memberTeam && m.PersonId == member, cancel);
        if (body.Has("member_id") && input.MemberId is not null && !isMember) check.Add("member_id", "is not a member of the team");
        if (body.Has("known_error") && input.KnownError is null) check.Add("known_error", "can't be blank");
        if (!check.IsValid) return check.Result;

        if (body.Has("subject")) problem.Subject = input.Subject!.Trim();
        if (body.Has("service_id")) problem.ServiceId = input.ServiceId!.Value;
        if (category is { } c) problem.Category = c;
        if (body.Has("impact")) problem.Impact = impact;
        if (status is { } s && s != problem.Status)
        {
            problem.Status = s;
            problem.SolvedAt = s == ProblemStatus.Solved ? time.UtcNowToTheSecond() : null;
        }
        if (body.Has("manager_id")) problem.ManagerId = input.ManagerId;
        var teamChanged = teamId != problem.TeamId;
        problem.TeamId = teamId;
        if (body.Has("member_id")) problem.MemberId = input.MemberId;
        else if (teamChanged && !isMember) problem.MemberId = null;
        if (body.Has("known_error")) problem.KnownError = input.KnownError!.Value;
        if (body.Has("workaround")) problem.Workaround = string.IsNullOrWhiteSpace(input.Workaround) ? null : input.Workaround.Trim();
        if (body.Has("source")) problem.Source = input.Source;
        if (body.Has("sourceID")) problem.SourceId = input.SourceId;
        _note = body.Has("note") ? input.Note!.Trim() : null;
        if (!creating) await AnnounceToLinkedRequestsAsync(problem, cancel);
        return null;
    }

    /// <summary>
    /// When what a linked request's viewers see of the problem changes (its subject, status or workaround), its links are
    /// saved with it, so that each linked request is announced as updated to the streams that see it (a new workaround
    /// shows on every linked request, live).
    /// </summary>
    private async Task AnnounceToLinkedRequestsAsync(Problem problem, CancellationToken cancel)
    {
        var entry = db.Entry(problem);
        if (!new[] { nameof(Problem.Subject), nameof(Problem.Status), nameof(Problem.Workaround) }.Any(p => entry.Property(p).IsModified)) return;
        foreach (var link in await db.ProblemRequests.Where(l => l.ProblemId == problem.Id && l.AccountId == problem.AccountId).ToListAsync(cancel))
            db.Entry(link).State = EntityState.Modified;
    }
}
