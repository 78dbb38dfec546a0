using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using CoverageSubject = Trustdesk.Web.Features.Coverage.CoverageSubject;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// Stores a request <see cref="SubmitRequest"/> has decided on — its targets, the first line of its audit trail, its first
/// notes — in the call's one transaction and in as few round trips as it can (docs/benchmarks.md, "Requests"): the names
/// the answer shows are known from the reads that decided the request, or read just before each save, where the read
/// carries the scope's settings to PostgreSQL that the save would otherwise send by a round trip of its own.
/// </summary>
public sealed class RequestRegistration(
    TrustdeskDbContext db, Caller caller, RequestClock clock, RequestAudit audit, RequestNotes notes, References references, RequestJson json)
{
    /// <summary>
    /// The names read with the records above, for rendering the request without reading them again: the instance's
    /// and its default team's, and those of the requester and the person it is for where rendering would read them
    /// (among the people of the current account and its directory).
    /// </summary>
    public void KnowNames(Request request, CoverageSubject? subject, AssignableInstance? instance)
    {
        if (instance?.Name is { } instanceName) json.KnowInstance(instance.Id, instanceName, instance.AccountId);
        if (instance is { DefaultTeamId: long defaultTeam, DefaultTeamName: { } teamName } && request.TeamId == defaultTeam)
            json.KnowTeam(defaultTeam, teamName, instance.AccountId);
        var shown = new[] { caller.AccountId, caller.Account.SharedDirectoryId };
        if (shown.Contains(caller.PersonAccountId)) json.KnowPerson(caller.PersonId, caller.PersonName, caller.PersonAccountId);
        if (subject is not null && shown.Contains(subject.Person.AccountId)) json.KnowPerson(subject.Person.PersonId, subject.Name, subject.Person.AccountId);
    }

    /// <summary>
    /// Saves the new request with its targets (counted in <paramref name="offering"/>, its SLA's) in the caller's
    /// account or, routed, in <paramref name="home"/>, then the first line of its audit trail and its first notes in the
    /// caller's account: a note lives where its author acts, wherever the request lives (as every later note of theirs).
    /// All in the call's one transaction.
    /// </summary>
    public async Task SaveAsync(Request request, RequestInput input, ServiceOffering? offering, Account? home, CancellationToken cancel)
    {
        request.CreatedAt = audit.Now;
        clock.Start(request, offering);
        // Routed, each save runs in a scope of its own. The names the request shows of that scope's account are read
        // just before each: rendering needs them anyway, and the read carries the scope's settings to PostgreSQL,
        // which the save would otherwise send by a round trip of its own.
        using (home is null ? null : db.Scope.Cross(Crossing.RecordsOwnAccount, home.Id, home.SharedDirectoryId))
        {
            if (home is not null) await json.ReadNamesAsync(request, home, cancel);
            db.Requests.Add(request);
            await db.SaveChangesAsync(cancel);
        }
        // Registered elsewhere, the request is the caller's own: that is how they see it and its audit line. In the
        // caller's account it is seen anyway, and the scope (and its database settings) stays as it is.
        using (home is null ? null : db.Scope.ReadOwnRequests(caller.PersonId))
        {
            if (home is not null) await json.ReadNamesAsync(request, caller.Account, cancel);
            audit.Registered(request);
            notes.AddFirst(request, input, input.Sends);
            await db.SaveChangesAsync(cancel);
        }
        // The provider's account is rendered next: no need to read it again.
        if (home is not null) references.Know(home);
    }
}
