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
}

/// <summary>An API client: the stream's own bearer token and account header, exactly as for a call.</summary>
public sealed class BearerStreamCaller(HttpRequest stream, long tokenId) : IStreamCaller
{
    public string Listener { get; } = "token:" + tokenId;

    public async Task<bool> ResolveAsync(IServiceProvider services, CancellationToken cancel) =>
        await services.GetRequiredService<CallerResolution>().ResolveAsync(stream) is null && !services.GetRequiredService<Caller>().IsOperator;
}
