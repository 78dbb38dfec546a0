namespace Trustdesk.Web.Api.Listing;

/// <summary>One page of a list as the API renders its records, for a caller without an HTTP request (the console).</summary>
public sealed record ListPage<TResponse>(IReadOnlyList<TResponse> Records, bool HasNext);
