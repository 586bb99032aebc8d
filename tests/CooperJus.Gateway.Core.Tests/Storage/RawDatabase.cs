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

    public static long Count(string path, string table, string where = "1 = 1") =>
        (long)Scalar(path, $"SELECT COUNT(*) FROM {table} WHERE {where}")!;

    public static void Execute(string path, string sql) => Scalar(path, sql);
}
