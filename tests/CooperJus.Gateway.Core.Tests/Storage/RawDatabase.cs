using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>Reads and writes a store's file behind its back, as an operator with <c>sqlite3</c> would.</summary>
public static class RawDatabase
{
    public static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>The first column of every row <paramref name="sql"/> returns, as text.</summary>
    public static IReadOnlyList<string> Column(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }

    public static long Count(string path, string table, string where = "1 = 1") =>
        (long)Scalar(path, $"SELECT COUNT(*) FROM {table} WHERE {where}")!;

    public static void Execute(string path, string sql) => Scalar(path, sql);
}
