namespace Trustdesk.Web.Features.Requests;

/// <summary>The fields of <c>POST /v1/requests/:id/notes</c> (4me's <c>NoteCreate</c>).</summary>
public sealed record NoteInput
{
    public string? Text { get; init; }
    public bool? Internal { get; init; }
}
