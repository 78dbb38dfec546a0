using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Events;

/// <summary>
/// Who listens on a stream, resolved again at every delivery in a fresh scope (<see cref="DeliveryCheck"/>), so that a
/// revoked credential, role or trust stops the stream at once. True when the caller may still listen; then the scope's
/// <see cref="Caller"/> is set and its account entered.
/// </summary>
public interface IStreamCaller
{
    /// <summary>Whose streams these are, for their cap (<see cref="StreamSlots"/>): a token, or a person's console.</summary>
    string Listener { get; }

    Task<bool> ResolveAsync(IServiceProvider services, CancellationToken cancel);

    /// <summary>
    /// Listeners with the same key resolve to the same caller from the same credentials, so their streams may share one
    /// check of the same events made at the same moment (<see cref="DeliveryCheck"/>, ADR 39); null: never shared.
    /// </summary>
    string? SharedCheckKey => null;
}

/// <summary>
/// An API client: the stream's own bearer token and account header, exactly as for a call. The headers are copied when
/// the stream opens (they cannot change while it is open), so a check never reads the stream's request, which a check
/// shared with other streams may outlive.
/// </summary>
public sealed class BearerStreamCaller : IStreamCaller
{
    // The headers the caller is resolved from, copied when the stream opens.
    private readonly IHeaderDictionary _credentials = new HeaderDictionary();

    public BearerStreamCaller(HttpRequest stream, long tokenId)
    {
        Listener = "token:" + tokenId;
        _credentials.Authorization = stream.Headers.Authorization;
        foreach (var name in CallerResolution.AccountHeaders)
            if (stream.Headers[name] is { Count: > 0 } value) _credentials[name] = value;
        SharedCheckKey = Listener + "\n" + string.Join("\n", CallerResolution.AccountHeaders.Select(name => _credentials[name].ToString()));
    }

    public string Listener { get; }

    public string? SharedCheckKey { get; }

    public async Task<bool> ResolveAsync(IServiceProvider services, CancellationToken cancel) =>
        await services.GetRequiredService<CallerResolution>().ResolveAsync(_credentials, cancel) is null
        && !services.GetRequiredService<Caller>().IsOperator;
}
