using System.Net;
using System.Net.Http.Headers;

namespace Trustdesk.Bench.Http;

/// <summary>One answered call: what came back and how long it took from sending to the last byte of the body.</summary>
internal sealed record TimedResponse(HttpStatusCode Status, HttpResponseHeaders Headers, string Body, double Milliseconds)
{
    public TimedResponse Expect(HttpStatusCode expected, string what) =>
        Status == expected
            ? this
            : throw new InvalidOperationException($"{what} answered {(int)Status} instead of {(int)expected}: {Body[..Math.Min(500, Body.Length)]}");

    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
