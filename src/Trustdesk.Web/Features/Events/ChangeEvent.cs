using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Trustdesk.Web.Features.Events;

/// <summary>The record a change is about, which a subscriber reads again through the API.</summary>
public enum ChangeSubject
{
    Request,
    Task,
    Workflow,
    Ci,
}

/// <summary>
/// One change of a request, a task or a workflow, as it travels from the saving process to every server's subscribers:
/// what happened (4me's webhook names), to which record (a task also names its workflow), in which account the record
/// lives, when, and for a note which note (an internal one may be seen by fewer than its record). It carries no field
/// of the record: a subscriber reads it through the API, where the visibility rule answers.
/// </summary>
public sealed record ChangeEvent(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("account_id")] string? AccountId,
    [property: JsonPropertyName("at")] DateTime At,
    [property: JsonPropertyName("request_id")] long? RequestId = null,
    [property: JsonPropertyName("task_id")] long? TaskId = null,
    [property: JsonPropertyName("workflow_id")] long? WorkflowId = null,
    [property: JsonPropertyName("note_id")] long? NoteId = null,
    [property: JsonPropertyName("ci_id")] long? CiId = null)
{
    public const string RequestCreated = "request.create";
    public const string RequestUpdated = "request.update";
    public const string RequestNoteAdded = "request.note-added";
    public const string TaskCreated = "task.create";
    public const string TaskUpdated = "task.update";
    public const string TaskNoteAdded = "task.note-added";
    public const string WorkflowCreated = "workflow.create";
    public const string WorkflowUpdated = "workflow.update";
    public const string CiCreated = "ci.create";
    public const string CiUpdated = "ci.update";
    public const string CiNoteAdded = "ci.note-added";

    private static readonly Dictionary<string, ChangeSubject> Subjects = new(StringComparer.Ordinal)
    {
        [RequestCreated] = ChangeSubject.Request,
        [RequestUpdated] = ChangeSubject.Request,
        [RequestNoteAdded] = ChangeSubject.Request,
        [TaskCreated] = ChangeSubject.Task,
        [TaskUpdated] = ChangeSubject.Task,
        [TaskNoteAdded] = ChangeSubject.Task,
        [WorkflowCreated] = ChangeSubject.Workflow,
        [WorkflowUpdated] = ChangeSubject.Workflow,
        [CiCreated] = ChangeSubject.Ci,
        [CiUpdated] = ChangeSubject.Ci,
        [CiNoteAdded] = ChangeSubject.Ci,
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ChangeEvent OfRequest(string kind, long requestId, string? accountId, DateTime at, long? noteId = null) =>
        new(kind, accountId, at, RequestId: requestId, NoteId: noteId);

    public static ChangeEvent OfTask(string kind, long taskId, long workflowId, string? accountId, DateTime at, long? noteId = null) =>
        new(kind, accountId, at, TaskId: taskId, WorkflowId: workflowId, NoteId: noteId);

    public static ChangeEvent OfWorkflow(string kind, long workflowId, string? accountId, DateTime at) =>
        new(kind, accountId, at, WorkflowId: workflowId);

    /// <summary>A CI's change; its account is null when the save did not hold the CI (a note added on its own).</summary>
    public static ChangeEvent OfCi(string kind, long ciId, string? accountId, DateTime at, long? noteId = null) =>
        new(kind, accountId, at, NoteId: noteId, CiId: ciId);

    [JsonIgnore]
    public ChangeSubject Subject => Subjects[Kind];

    /// <summary>The id of the record the change is about: the request, the task, the workflow or the CI.</summary>
    [JsonIgnore]
    public long SubjectId => Subject switch
    {
        ChangeSubject.Request => RequestId!.Value,
        ChangeSubject.Task => TaskId!.Value,
        ChangeSubject.Ci => CiId!.Value,
        _ => WorkflowId!.Value,
    };

    [JsonIgnore]
    public bool IsCreation => Kind is RequestCreated or TaskCreated or WorkflowCreated or CiCreated;

    [JsonIgnore]
    public bool IsUpdate => Kind is RequestUpdated or TaskUpdated or WorkflowUpdated or CiUpdated;

    /// <summary>The PostgreSQL NOTIFY payload: a hundred-odd bytes, far below the 8,000-byte limit.</summary>
    public string ToPayload() => JsonSerializer.Serialize(this, Json);

    /// <summary>Null for a payload this version does not understand (another version, or someone else's NOTIFY).</summary>
    public static ChangeEvent? FromPayload(string payload)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<ChangeEvent>(payload, Json);
            return parsed?.Kind is { } kind && Subjects.TryGetValue(kind, out var subject) && parsed.IsWellFormed(subject) ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Exactly the ids its kind names: a request's, a task's and its workflow's, a workflow's, or a CI's; a note's for a note.
    private bool IsWellFormed(ChangeSubject subject) =>
        (Kind is RequestNoteAdded or TaskNoteAdded or CiNoteAdded ? NoteId is > 0 : NoteId is null) && subject switch
        {
            ChangeSubject.Request => RequestId is > 0 && TaskId is null && WorkflowId is null && CiId is null,
            ChangeSubject.Task => TaskId is > 0 && WorkflowId is > 0 && RequestId is null && CiId is null,
            ChangeSubject.Ci => CiId is > 0 && RequestId is null && TaskId is null && WorkflowId is null,
            _ => WorkflowId is > 0 && RequestId is null && TaskId is null && CiId is null,
        };
}
