namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// The golden calls of one capability, in three phases that <see cref="GoldenScript"/> runs for every part in turn:
/// records the reference scenario lacks, made through the API; the reads of every GET route, on that world; the writes.
/// </summary>
public interface IGoldenPart
{
    Task SetUpAsync();

    Task ReadAsync();

    Task WriteAsync();
}
