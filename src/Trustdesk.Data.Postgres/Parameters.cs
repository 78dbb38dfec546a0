using System.Data.Common;

namespace Trustdesk.Data.Postgres;

/// <summary>A named parameter of one of our own commands (null sent as the empty text, which the settings read as unset).</summary>
internal static class Parameters
{
    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? "";
        command.Parameters.Add(parameter);
    }
}
