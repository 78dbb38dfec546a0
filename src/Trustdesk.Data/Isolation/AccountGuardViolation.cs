namespace Trustdesk.Data.Isolation;

/// <summary>Thrown when a save would write a record into, or out of, an account other than the current one.</summary>
public sealed class AccountGuardViolation(string message) : InvalidOperationException(message);
