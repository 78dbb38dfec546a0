using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// <c>PATCH /v1/requests/:id</c> in the request's own account: status rules, completion, members in their team,
/// optimistic concurrency, notes through PATCH, and the audit trail every change leaves. Refusals write nothing.
/// </summary>
public sealed class UpdateRequestTests
{
    private static readonly TestWorld World = TestWorld.Shared;

    private sealed record Setup(Tenant Account, long Team, long Member, long Outsider, long RequestId)
    {
        public string Path => $"/v1/requests/{RequestId}";
        public ApiClient Specialist => Account.Owner;

        public async Task<JsonObject> ReadAsync() => (await Specialist.GetAsync(Path)).Expect(200).Record;

        public async Task<List<JsonObject>> AuditAsync() =>
            (await Specialist.GetAsync($"{Path}/audit")).Expect(200).Items.Select(i => i!.AsObject()).ToList();
    }

    private static async Task<Setup> SetupAsync()
    {
        var account = await World.SupportDomainAsync();
        await account.GrantAsync(account.OwnerId, "specialist");
        var team = await account.AddTeamAsync();
        // The owner is the team's member: tests act as the people whose tokens they hold.
        var member = account.OwnerId;
        (await account.Owner.PostAsync($"/v1/teams/{team}/members/{member}")).Expect(200);
        var outsider = await account.AddPersonAsync();
        var id = (await account.Owner.PostAsync("/v1/requests", new { subject = "Mail is slow", impact = "medium", team_id = team })).Expect(201).Id;
        return new Setup(account, team, member, outsider, id);
    }

    [Fact]
    public async Task A_request_moves_through_its_statuses_and_is_completed_only_with_a_reason()
    {
        var s = await SetupAsync();
        Assert.Equal("in_progress", (await s.Specialist.PatchAsync(s.Path, new { status = "in_progress" })).Expect(200).Record.Str("status"));

        var before = await s.ReadAsync();
        var auditBefore = (await s.AuditAsync()).Count;
        (await s.Specialist.PatchAsync(s.Path, new { status = "completed" }))
            .ExpectValidation(("completion_reason", "can't be blank when the request is completed"));
        (await s.Specialist.PatchAsync(s.Path, new { completion_reason = "solved" }))
            .ExpectValidation(("completion_reason", "is only given when the request is completed"));
        (await s.Specialist.PatchAsync(s.Path, new { status = "workflow_pending" })).ExpectInvalid("status");
        (await s.Specialist.PatchAsync(s.Path, new { status = "finished" })).ExpectInvalid("status");
        (await s.Specialist.PatchAsync(s.Path, new { status = (string?)null })).ExpectValidation(("status", "can't be blank"));
        Assert.True(JsonNode.DeepEquals(before, await s.ReadAsync()), "a refused update changed the request");
        Assert.Equal(auditBefore, (await s.AuditAsync()).Count);

        var completed = (await s.Specialist.PatchAsync(s.Path, new { status = "completed", completion_reason = "solved" })).Expect(200).Record;
        Assert.Equal("solved", completed.Str("completion_reason"));
        Assert.NotNull(completed.Str("completed_at"));
        Assert.Equal("no_target", completed.Str("next_target_at"));

        // Reopening clears the completion.
        var reopened = (await s.Specialist.PatchAsync(s.Path, new { status = "in_progress" })).Expect(200).Record;
        Assert.Null(reopened["completion_reason"]);
        Assert.Null(reopened["completed_at"]);
        Assert.Equal("best_effort", reopened.Str("next_target_at"));
    }

    [Fact]
    public async Task A_member_must_belong_to_the_team_and_a_new_team_clears_the_member()
    {
        var s = await SetupAsync();
        (await s.Specialist.PatchAsync(s.Path, new { member_id = s.Outsider })).ExpectValidation(("member_id", "is not a member of the team"));
        (await s.Specialist.PatchAsync(s.Path, new { member_id = Answers.NeverExistingId })).ExpectValidation(("member_id", "is not a member of the team"));
        Assert.Null((await s.ReadAsync())["member"]);

        Assert.Equal(s.Member, (await s.Specialist.PatchAsync(s.Path, new { member_id = s.Member })).Expect(200).Record["member"]!.Number("id"));
        Assert.Contains(s.RequestId, (await s.Specialist.GetAsync("/v1/requests/assigned_to_me")).Expect(200).Ids());
        Assert.Contains(s.RequestId, (await s.Specialist.GetAsync("/v1/requests/assigned_to_my_team")).Expect(200).Ids());

        var otherTeam = await s.Account.AddTeamAsync();
        var moved = (await s.Specialist.PatchAsync(s.Path, new { team_id = otherTeam })).Expect(200).Record;
        Assert.Equal(otherTeam, moved["team"]!.Number("id"));
        Assert.Null(moved["member"]);
        (await s.Specialist.PatchAsync(s.Path, new { team_id = (long?)null, member_id = s.Outsider })).ExpectValidation(("member_id", "is not a member of the team"));
        (await s.Specialist.PatchAsync(s.Path, new { team_id = Answers.NeverExistingId })).ExpectInvalid("team_id");
        Assert.Equal(otherTeam, (await s.ReadAsync())["team"]!.Number("id"));
        // Taken away from its team, the request goes to the service desk, whose member the owner is too (ADR 32).
        var atTheDesk = (await s.Specialist.PatchAsync(s.Path, new { team_id = (long?)null, member_id = s.Member })).Expect(200).Record;
        Assert.Equal(s.Account.ServiceDeskTeamId, atTheDesk["team"]!.Number("id"));
        Assert.Equal(s.Member, atTheDesk["member"]!.Number("id"));
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_concurrent_edits_never_overwrite_silently()
    {
        var s = await SetupAsync();
        var read = await s.Specialist.GetAsync(s.Path);
        var etag = read.Header("ETag")!;
        (await s.Specialist.PatchAsync(s.Path, new { subject = "First" }, ("If-Match", etag))).Expect(200);
        (await s.Specialist.PatchAsync(s.Path, new { subject = "Second" }, ("If-Match", etag))).Expect(412);
        Assert.Equal("First", (await s.ReadAsync()).Str("subject"));

        // Many editors at once: each either saves (and leaves its audit line) or gets a 409; none is lost in between.
        var editors = Enumerable.Range(0, 12).Select(i => s.Specialist.PatchAsync(s.Path, new { subject = $"Edit {i}" })).ToList();
        var answers = await Task.WhenAll(editors);
        Assert.All(answers, a => Assert.True(a.Status is 200 or 409, $"{a.Status}: {a.Text}"));
        Assert.All(answers.Where(a => a.Status == 409), a => Answers.AssertErrorShape(a));
        var saved = answers.Where(a => a.Status == 200).Select(a => a.Record.Str("subject")).ToHashSet();
        var audited = (await s.AuditAsync()).Where(e => e.Str("action") == "update" && e["changes"]!["subject"] is not null)
            .Select(e => e["changes"]!["subject"]![1]!.GetValue<string>()).ToList();
        Assert.Equal(saved.Count + 1, audited.Count); // + "First"
        Assert.Contains((await s.ReadAsync()).Str("subject"), saved);
    }

    [Fact]
    public async Task Every_change_leaves_an_audit_line_with_who_where_and_old_and_new_values()
    {
        var s = await SetupAsync();
        (await s.Specialist.PatchAsync(s.Path, new { status = "accepted", impact = "high" })).Expect(200);
        (await s.Specialist.PatchAsync(s.Path, new { subject = "Mail is slow" })).Expect(200); // no change: no line

        var audit = await s.AuditAsync();
        Assert.Equal(["create", "update"], audit.Select(a => a.Str("action")));
        Assert.Equal("Mail is slow", audit[0]["changes"]!["subject"]![1]!.GetValue<string>());
        Assert.Null(audit[0]["changes"]!["subject"]![0]);
        Assert.Equal(s.Team, audit[0]["changes"]!["team_id"]![1]!.GetValue<long>());
        var update = audit[1]["changes"]!.AsObject();
        Assert.Equal(["impact", "status"], update.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["medium", "high"], update["impact"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(["assigned", "accepted"], update["status"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(s.Account.OwnerId, audit[1]["created_by"]!.Number("id"));
        Assert.Equal(s.Account.Id, audit[1]["account"]!.Str("id"));
        Assert.NotNull(audit[1].Str("created_at"));
    }

    [Fact]
    public async Task Notes_come_with_a_patch_or_on_their_own_and_bad_ones_are_refused()
    {
        var s = await SetupAsync();
        (await s.Specialist.PatchAsync(s.Path, new { status = "in_progress", note = "Looking into it", internal_note = "Probably the relay" })).Expect(200);
        (await s.Specialist.PostAsync($"{s.Path}/notes", new { text = "Fixed the relay", @internal = false })).Expect(201);

        var notes = (await s.Specialist.GetAsync($"{s.Path}/notes")).Expect(200).Items.Select(n => n!.AsObject()).ToList();
        Assert.Equal(["Looking into it", "Probably the relay", "Fixed the relay"], notes.Select(n => n.Str("text")));
        Assert.Equal([false, true, false], notes.Select(n => n.Bool("internal")));
        Assert.Equal(s.Account.OwnerId, notes[0]["person"]!.Number("id"));
        Assert.Equal(["Probably the relay"], (await s.Specialist.GetAsync($"{s.Path}/notes/internal")).Expect(200).Values("text"));
        Assert.Equal(["Looking into it", "Fixed the relay"], (await s.Specialist.GetAsync($"{s.Path}/notes/public")).Expect(200).Values("text"));

        (await s.Specialist.PostAsync($"{s.Path}/notes", new { text = "  " })).ExpectValidation(("text", "can't be blank"));
        (await s.Specialist.PostAsync($"{s.Path}/notes", new { text = new string('x', 60001) })).ExpectInvalid("text");
        (await s.Specialist.PostAsync($"{s.Path}/notes", new { text = "x", medium = "email" })).ExpectInvalid("medium");
        (await s.Specialist.PatchAsync(s.Path, new { note = "", status = "accepted" })).ExpectValidation(("note", "can't be blank"));
        Assert.Equal("in_progress", (await s.ReadAsync()).Str("status"));
        Assert.Equal(3, (await s.Specialist.GetAsync($"{s.Path}/notes")).Expect(200).TotalEntries());
        Answers.SameAsMissing(await s.Specialist.PostAsync($"/v1/requests/{Answers.NeverExistingId}/notes", new { text = "x" }),
            await s.Specialist.GetAsync($"/v1/requests/{Answers.NeverExistingId}"));
    }

    [Fact]
    public async Task Unknown_fields_wrong_types_and_missing_requests_answer_clearly()
    {
        var s = await SetupAsync();
        (await s.Specialist.PatchAsync(s.Path, new { colour = "red" })).ExpectValidation(("colour", "is not a known field"));
        (await s.Specialist.PatchAsync(s.Path, new { team_id = "seven" })).ExpectInvalid("team_id");
        (await s.Specialist.PatchAsync(s.Path, new { impact = "enormous" })).ExpectInvalid("impact");
        (await s.Specialist.SendRawAsync(HttpMethod.Patch, s.Path, "{not json")).Expect(400);
        Answers.SameAsMissing(await s.Specialist.PatchAsync($"/v1/requests/{Answers.NeverExistingId}", new { subject = "x" }),
            await s.Specialist.GetAsync($"/v1/requests/{Answers.NeverExistingId}"));
    }
}
