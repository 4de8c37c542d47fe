using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PolicyGraph.Core.Store;

/// <summary>The SQLite store's commands: SQL text that is constant, values always as parameters.</summary>
internal static class SqliteCommands
{
    public static SqliteCommand Create(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return cmd;
    }

    /// <summary>Runs one prepared statement per row, its values as <c>$1</c> … <c>$n</c>.</summary>
    public static void InsertRows(SqliteConnection connection, SqliteTransaction tx, string sql, IEnumerable<object?[]> rows)
    {
        using var cmd = Create(connection, sql);
        cmd.Transaction = tx;
        SqliteParameter[]? parameters = null;
        foreach (var row in rows)
        {
            parameters ??= Enumerable.Range(1, row.Length).Select(i => cmd.Parameters.Add("$" + i.ToString(CultureInfo.InvariantCulture), SqliteType.Text)).ToArray();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
                parameters[i].SqliteType = row[i] switch
                {
                    int or long => SqliteType.Integer,
                    double => SqliteType.Real,
                    _ => SqliteType.Text,
                };
            }
            cmd.ExecuteNonQuery();
        }
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = Create(connection, sql);
        cmd.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = Create(connection, sql);
        return cmd.ExecuteScalar();
    }
}
