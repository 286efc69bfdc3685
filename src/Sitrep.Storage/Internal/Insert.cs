using System.Data.Common;

namespace Sitrep.Storage.Internal;

/// <summary>A prepared INSERT into one table, reused for every row (parameters @p0, @p1... in column order; the same SQL for SQLite and PostgreSQL).</summary>
internal sealed class Insert : IDisposable
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;

    public Insert(DbConnection connection, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        parameters = columns.Select((_, i) => Parameter(command, "@p" + i)).ToArray();
    }

    public void Run(DbTransaction tx, params object?[] values)
    {
        if (values.Length != parameters.Length)
            throw new ArgumentException($"{values.Length} values for {parameters.Length} columns in: {command.CommandText}");
        command.Transaction = tx;
        for (int i = 0; i < values.Length; i++)
            parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    /// <summary>Adds a parameter named <paramref name="name"/> (with its '@') to <paramref name="command"/>, valued DBNull.</summary>
    public static DbParameter Parameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = DBNull.Value;
        command.Parameters.Add(p);
        return p;
    }

    public void Dispose() => command.Dispose();
}
