using Trustdesk.Web.Features.Events;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>
/// The NOTIFY payload between servers: every kind travels with exactly the ids it names, a payload of the previous
/// version (request events only) is still understood, and anything else — another version's kinds, someone else's
/// NOTIFY — is ignored rather than announced.
/// </summary>
public sealed class ChangeEventPayloadTests
{
    private static readonly DateTime At = new(2026, 11, 28, 20, 37, 32, DateTimeKind.Utc);

    [Fact]
    public void Every_kind_survives_the_trip_with_only_its_ids()
    {
        ChangeEvent[] events =
        [
            ChangeEvent.OfRequest(ChangeEvent.RequestCreated, 123, "widget-it", At),
            ChangeEvent.OfRequest(ChangeEvent.RequestNoteAdded, 123, "widget-it", At, noteId: 456),
            ChangeEvent.OfTask(ChangeEvent.TaskUpdated, 12, 5, "widget-hr", At),
            ChangeEvent.OfTask(ChangeEvent.TaskNoteAdded, 12, 5, "widget-hr", At, noteId: 7),
            ChangeEvent.OfWorkflow(ChangeEvent.WorkflowCreated, 5, "widget-hr", At),
        ];
        foreach (var sent in events)
        {
            var payload = sent.ToPayload();
            Assert.Equal(sent, ChangeEvent.FromPayload(payload));
            Assert.DoesNotContain("null", payload, StringComparison.Ordinal);
            Assert.True(payload.Length < 200, payload);
        }
    }

    [Fact]
    public void A_request_event_of_the_previous_version_is_understood()
    {
        var received = ChangeEvent.FromPayload("""{"kind":"request.update","request_id":123,"account_id":"widget-it","at":"2026-11-28T20:37:32Z","note_id":null}""");
        Assert.Equal(ChangeEvent.OfRequest(ChangeEvent.RequestUpdated, 123, "widget-it", At), received);
        Assert.Equal((ChangeSubject.Request, 123L), (received!.Subject, received.SubjectId));
    }

    [Theory]
    [InlineData("""{"kind":"task.update","task_id":12,"at":"2026-11-28T20:37:32Z"}""")]
    [InlineData("""{"kind":"task.update","task_id":12,"workflow_id":5,"request_id":1,"at":"2026-11-28T20:37:32Z"}""")]
    [InlineData("""{"kind":"workflow.update","workflow_id":5,"task_id":12,"at":"2026-11-28T20:37:32Z"}""")]
    [InlineData("""{"kind":"request.update","request_id":0,"at":"2026-11-28T20:37:32Z"}""")]
    [InlineData("""{"kind":"request.update","request_id":1,"note_id":2,"at":"2026-11-28T20:37:32Z"}""")]
    [InlineData("""{"kind":"request.note-added","request_id":1,"at":"2026-11-28T20:37:32Z"}""")]
    [InlineData("""{"kind":"task.note-added","task_id":12,"workflow_id":5,"at":"2026-11-28T20:37:32Z"}""")]
    [InlineData("""{"kind":"problem.update","problem_id":1,"at":"2026-11-28T20:37:32Z"}""")]
    [InlineData("""{"request_id":1,"at":"2026-11-28T20:37:32Z"}""")]
    [InlineData("""not json""")]
    public void Anything_else_is_ignored(string payload) => Assert.Null(ChangeEvent.FromPayload(payload));
}
