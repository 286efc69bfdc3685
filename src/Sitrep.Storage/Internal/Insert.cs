using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Internal;

/// <summary>A prepared INSERT into one table, reused for every row (parameters $p0, $p1... in column order).</summary>
internal sealed class Insert : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public Insert(SqliteConnection connection, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
    }

    public void Run(SqliteTransaction tx, params object?[] values)
    {
        if (values.Length != parameters.Length)
            throw new ArgumentException($"{values.Length} values for {parameters.Length} columns in: {command.CommandText}");
        command.Transaction = tx;
        for (int i = 0; i < values.Length; i++)
            parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    public void Dispose() => command.Dispose();
}
