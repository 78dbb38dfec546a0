namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// The fields of a request's own body that add a note, on registration and on update alike: <c>note</c> (public) and
/// <c>internal_note</c>. Who may send which is <see cref="RequestSides.Writable"/>'s; <see cref="RequestNotes"/> checks and adds them.
/// </summary>
public interface INoteFields
{
    string? Note { get; }
    string? InternalNote { get; }
}
