using System.Data.Common;
using System.Text;

namespace Sitrep.Storage.Internal;

/// <summary>
/// Inserts rows into one table in one of two ways (parameters @p0, @p1... in column order; the same SQL for SQLite
/// and PostgreSQL):
/// <list type="bullet">
/// <item><see cref="Run"/>: one row now, by one command reused for every row. The fastest in the process
/// (SQLite), where a statement costs no round trip and a prepared one is reused.</item>
/// <item><see cref="Queue"/>, then <see cref="AddPendingTo"/>: the queued rows as multi-row INSERTs
/// (<c>VALUES (@p0, @p1), (@p2, @p3)...</c>) added to a batch, in the order queued. The fastest for a server
/// (PostgreSQL), where each statement costs a round trip and the server's work on a statement.</item>
/// </list>
/// </summary>
internal sealed class Insert : IDisposable
{
    /// <summary>Parameters in one statement, under both databases' limits (SQLite 32,766, PostgreSQL 65,535).</summary>
    private const int MaxParameters = 32_766;
    private const int MaxRowsPerStatement = 1_000;

    private readonly string[] columns;
    private readonly string prefix;
    private readonly List<object?[]> pending = [];
    private readonly DbCommand single;
    private readonly DbParameter[] singleParameters;

    public Insert(DbConnection connection, string table, params string[] columns)
    {
        this.columns = columns;
        prefix = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ";
        single = connection.CreateCommand();
        single.CommandText = Sql(1);
        singleParameters = columns.Select((_, i) => Parameter(single, "@p" + i)).ToArray();
    }

    /// <summary>Inserts one row now, its values in column order, inside <paramref name="tx"/>.</summary>
    public void Run(DbTransaction tx, params object?[] values)
    {
        Check(values);
        single.Transaction = tx;
        for (int i = 0; i < values.Length; i++)
            singleParameters[i].Value = values[i] ?? DBNull.Value;
        single.ExecuteNonQuery();
    }

    /// <summary>Keeps one row, its values in column order, for <see cref="AddPendingTo"/>.</summary>
    public void Queue(params object?[] values)
    {
        Check(values);
        pending.Add(values);
    }

    /// <summary>Adds the queued rows to <paramref name="batch"/> as multi-row INSERTs, to be sent with the rest of it, and forgets them.</summary>
    public void AddPendingTo(DbBatch batch)
    {
        foreach (var (first, count) in Statements())
        {
            var statement = batch.CreateBatchCommand();
            statement.CommandText = Sql(count);
            for (int i = 0; i < count * columns.Length; i++)
                statement.Parameters.Add(Value(statement.CreateParameter(), first, i));
            batch.BatchCommands.Add(statement);
        }
        pending.Clear();
    }

    /// <summary>Forgets the queued rows (a save that failed before they were sent).</summary>
    public void ClearPending() => pending.Clear();

    private void Check(object?[] values)
    {
        if (values.Length != columns.Length)
            throw new ArgumentException($"{values.Length} values for {columns.Length} columns in: {prefix}");
    }

    /// <summary>The queued rows cut into statements: the first row of each and how many rows it holds.</summary>
    private IEnumerable<(int First, int Count)> Statements()
    {
        int perStatement = Math.Clamp(MaxParameters / columns.Length, 1, MaxRowsPerStatement);
        for (int first = 0; first < pending.Count; first += perStatement)
            yield return (first, Math.Min(perStatement, pending.Count - first));
    }

    private string Sql(int rows)
    {
        var sql = new StringBuilder(prefix, prefix.Length + rows * columns.Length * 8);
        for (int r = 0, p = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns.Length; c++, p++)
                sql.Append(c == 0 ? "@p" : ", @p").Append(p);
            sql.Append(')');
        }
        return sql.ToString();
    }

    /// <summary>Parameter @p<paramref name="index"/> of the statement whose first row is <paramref name="first"/>.</summary>
    private DbParameter Value(DbParameter parameter, int first, int index)
    {
        parameter.ParameterName = "@p" + index;
        parameter.Value = pending[first + index / columns.Length][index % columns.Length] ?? DBNull.Value;
        return parameter;
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

    public void Dispose() => single.Dispose();
}
