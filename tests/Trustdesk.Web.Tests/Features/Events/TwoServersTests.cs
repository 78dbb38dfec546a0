using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Events;

/// <summary>Two server processes of one deployment: two in-process servers on one PostgreSQL database.</summary>
public sealed class TwoServersOnOneDatabase : IDisposable
{
    private readonly Lazy<(TrustdeskServer A, TrustdeskServer B)> _servers = new(() =>
    {
        var a = new TrustdeskServer().Started();
        return (a, new TrustdeskServer(a.Database).Started());
    });

    public TrustdeskServer A => _servers.Value.A;
    public TrustdeskServer B => _servers.Value.B;

    public void Dispose()
    {
        if (!_servers.IsValueCreated) return;
        _servers.Value.B.Dispose();
        _servers.Value.A.Dispose();
    }
}

/// <summary>
/// On PostgreSQL a change is announced with NOTIFY in its own transaction and every server LISTENs, so a stream
/// open on one server receives the changes made through another (of requests, tasks and workflows alike); a lost
/// LISTEN connection ends the streams that could have missed something and comes back; and an open stream holds no
/// transaction.
/// </summary>
[Trait(PostgresOnly.Trait, PostgresOnly.Value)]
public sealed class TwoServersTests(TwoServersOnOneDatabase servers) : IClassFixture<TwoServersOnOneDatabase>
{
    private const string Created = "request.create";

    [Fact]
    public async Task A_change_made_through_one_server_reaches_streams_on_both()
    {
        PostgresOnly.Require();
        var w = await EventsWorld.CreateAsync(servers.A);
        await using var onA = await EventStreamReader.OpenAsync(servers.A, w.Customer.OwnerToken, w.Customer.Id);
        await using var onB = await EventStreamReader.OpenAsync(servers.B, w.Customer.OwnerToken, w.Customer.Id);

        var throughA = await w.SubmitAsync(w.RequesterToken, through: servers.A);
        await onB.ExpectAsync(Created, throughA);
        await onA.ExpectAsync(Created, throughA);

        var throughB = await w.SubmitAsync(w.RequesterToken, through: servers.B);
        await onA.ExpectAsync(Created, throughB);
        await onB.ExpectAsync(Created, throughB);
    }

    [Fact]
    public async Task A_task_change_made_through_one_server_reaches_the_streams_that_may_read_it_on_the_other()
    {
        PostgresOnly.Require();
        var w = await WorkflowEventsWorld.CreateAsync(servers.A);
        await using var hrOnB = await w.StreamAsync(w.Hr, on: servers.B);
        await using var itOnB = await w.StreamAsync(w.It, on: servers.B);
        var workflow = await w.StartWorkflowAsync(through: servers.A);
        var approval = await w.AddApprovalAsync(workflow, through: servers.A);
        var itTask = await w.AddItTaskAsync(workflow, predecessor: approval, through: servers.A);
        await hrOnB.ExpectAsync("workflow.create", workflow);
        await hrOnB.ExpectAllAsync(("task.create", approval), ("workflow.update", workflow));
        await hrOnB.ExpectAsync("task.create", itTask);

        // The activation made through A is the moment IT may read its task: its stream on B hears of it then, and only then.
        await w.ApproveAsync(approval, through: servers.A);
        await itOnB.ExpectAllAsync(("task.update", itTask), ("workflow.update", workflow));
        await hrOnB.ExpectAllAsync(("task.update", approval), ("task.update", itTask), ("workflow.update", workflow));
    }

    [Fact]
    public async Task When_a_listening_connection_drops_its_streams_end_and_new_ones_hear_changes_again()
    {
        PostgresOnly.Require();
        var w = await EventsWorld.CreateAsync(servers.A);
        await using var before = await EventStreamReader.OpenAsync(servers.A, w.Provider.OwnerToken, w.Provider.Id);

        var database = servers.A.Database;
        await using (var superuser = await PostgresQueries.OpenAsync(database.SuperuserConnectionString!))
        {
            var ended = await superuser.ColumnAsync<bool>(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @db AND application_name = 'trustdesk-events'",
                ("db", database.Name));
            Assert.Equal([true, true], ended);
        }
        // Events sent while it was gone would be lost, so the stream must not go on as if nothing happened.
        await before.ExpectEndAsync();

        await using var after = await EventStreamReader.OpenAsync(servers.A, w.Provider.OwnerToken, w.Provider.Id);
        await after.ExpectAsync(Created, await w.RegisterAsync(w.Provider, through: servers.B));
    }

    [Fact]
    public async Task An_open_stream_holds_no_transaction_or_connection_of_the_unit_of_work()
    {
        PostgresOnly.Require();
        var w = await EventsWorld.CreateAsync(servers.B);
        await using var stream = await EventStreamReader.OpenAsync(servers.B, w.Provider.OwnerToken, w.Provider.Id);

        var database = servers.B.Database;
        await using (var superuser = await PostgresQueries.OpenAsync(database.SuperuserConnectionString!))
        {
            var busy = await superuser.ColumnAsync<string>(
                "SELECT coalesce(state, '') FROM pg_stat_activity WHERE datname = @db AND usename = @app AND state <> 'idle'",
                ("db", database.Name), ("app", database.AppRole!));
            Assert.Empty(busy);
        }
        // The stream was open all along.
        await stream.ExpectAsync(Created, await w.RegisterAsync(w.Provider, through: servers.B));
    }
}
