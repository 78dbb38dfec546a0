namespace Trustdesk.Bench.Server;

/// <summary>The dotnet executable: the one <c>dotnet run</c> was started with, else the one on the PATH.</summary>
internal static class DotnetHost
{
    public static string Path => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
