namespace Trustdesk.Bench.Measuring;

/// <summary>CPU milliseconds per call of one measured operation, its warm-up calls included: the server's and PostgreSQL's (all its processes).</summary>
internal sealed record OperationCpu(string Operation, double ServerMilliseconds, double PostgresMilliseconds);
