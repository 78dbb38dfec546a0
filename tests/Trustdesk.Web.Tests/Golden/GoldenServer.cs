using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Golden;

/// <summary>
/// The golden calls' server: a database of its own (so ids come from fresh identity sequences), a clock that starts on
/// <see cref="ClockedServer.MondayMorning"/> and moves only when a call says so, a fixed operator token (the test
/// servers' is random, and it is sent in the recorded calls), and <see cref="ReachedOperations"/>.
/// </summary>
public sealed class GoldenServer : ClockedServer
{
    public const string OperatorToken = "golden_operator_token";

    private GoldenServer(ReachedOperations reached)
        : base(MondayMorning, new Dictionary<string, string> { ["Platform:OperatorToken"] = OperatorToken },
            services => services.AddSingleton<IStartupFilter>(reached)) =>
        Reached = reached;

    public GoldenServer() : this(new ReachedOperations())
    {
    }

    public ReachedOperations Reached { get; }
}
