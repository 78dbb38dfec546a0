using System.Net;
using System.Net.Sockets;

namespace Trustdesk.Web.Api.Limits;

/// <summary>
/// The client a limit counts, by network address (after <c>UseForwardedHeaders</c>, the client's, not the proxy's).
/// An IPv6 client is counted by its /64 network: one host is usually given a whole /64, and counting each of its
/// 2^64 addresses apart would let it mint fresh budgets (and table entries) at will.
/// </summary>
public static class ClientAddress
{
    public static string KeyOf(HttpContext context) => KeyOf(context.Connection.RemoteIpAddress);

    public static string KeyOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
