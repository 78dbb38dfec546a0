namespace Trustdesk.Data;

/// <summary>
/// The server refuses to start for a reason the operator can fix. The message is the one line they read: what is wrong
/// and what to set, with no stack trace (the start-up guard of Trustdesk.Web writes it and exits with code 1).
/// </summary>
public sealed class StartRefusedException : InvalidOperationException
{
    public StartRefusedException(string message) : base(message)
    {
    }

    public StartRefusedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public StartRefusedException()
    {
    }
}
