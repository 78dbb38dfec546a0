namespace Trustdesk.Domain.Records;

/// <summary>Fields every account-owned record carries, as in 4me.</summary>
public abstract class Record : IAccountOwned
{
    public long Id { get; set; }
    public string AccountId { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token: bumped on every save so two editors never silently overwrite each other.</summary>
    public int LockVersion { get; set; }

    public string? Source { get; set; }
    public string? SourceId { get; set; }
}
