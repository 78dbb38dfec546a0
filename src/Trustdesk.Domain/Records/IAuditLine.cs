namespace Trustdesk.Domain.Records;

/// <summary>One line of an audit trail, whichever table keeps it: who changed which fields, when, from which account.</summary>
public interface IAuditLine
{
    long Id { get; }

    /// <summary>The account the change was made from.</summary>
    string AccountId { get; }

    long PersonId { get; }

    /// <summary><c>create</c> or <c>update</c>.</summary>
    string Action { get; }

    /// <summary>The changed fields as a JSON object of <c>field: [old, new]</c>, references by id.</summary>
    string Changes { get; }

    DateTime CreatedAt { get; }
    DateTime UpdatedAt { get; }
}
