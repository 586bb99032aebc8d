using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The database file of one store: opening it (WAL, migrations, a clear message when it cannot be opened) and handing
/// out connections configured the same way every time.
/// </summary>
internal sealed class SqliteDatabase
{
    private const string ReadOnlyCause = "the file or its folder is read-only: the store writes the database and its -wal and -shm files beside it.";

    private readonly string _connectionString;
    private readonly string _unpooledConnectionString;
    private readonly string _pragmas;

    private SqliteDatabase(string path, TimeSpan busyTimeout)
    {
        Path = path;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy statement until this many seconds; busy_timeout does the waiting first.
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        };
        _connectionString = builder.ToString();
        builder.Pooling = false;
        _unpooledConnectionString = builder.ToString();
        // synchronous=FULL: in WAL mode a commit is fsync'ed before it returns, so nothing acknowledged is lost on a
        // power cut (NORMAL would only guarantee consistency). These settings belong to the connection, not the file,
        // so every connection gets them when it is handed out (a pooled connection keeps them; setting them again is cheap).
        // temp_store=MEMORY keeps the savepoint journals of a group commit off the disk.
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};");
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating it when missing) and migrates the database of <paramref name="options"/>.</summary>
    /// <exception cref="StoreOpenException">The file cannot be used; the message names it and says why.</exception>
    public static SqliteDatabase Open(StoreOptions options)
    {
        var path = System.IO.Path.GetFullPath(options.Path);
        ThrowIfPathUnusable(path);
        CreateForOwnerAndGroupOnly(path);
        var database = new SqliteDatabase(path, options.BusyTimeout);
        try
        {
            using var connection = database.OpenConnection();
            ThrowIfReadOnly(connection, path);
            EnableWal(connection, path);
            SchemaMigrations.Apply(connection, path);
            return database;
        }
        catch (SqliteException error)
        {
            database.ClearPool();
            throw new StoreOpenException(path, Describe(error), error);
        }
        catch (StoreOpenException)
        {
            database.ClearPool();
            throw;
        }
    }

    /// <summary>
    /// A read on its own pooled connection (SQLite reads do not block the writer in WAL mode), with the outcome, or the
    /// failure, in the task as an asynchronous method would give it.
    /// </summary>
    public Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<T>(cancellationToken);
        try
        {
            using var connection = OpenConnection();
            return Task.FromResult(read(connection));
        }
#pragma warning disable CA1031 // Surfaced through the task, as an asynchronous method would.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return Task.FromException<T>(error);
        }
    }

    /// <summary>An open connection with the store's settings: from the pool, or its own (the writer keeps one for life).</summary>
    public SqliteConnection OpenConnection(bool pooled = true)
    {
        var connection = new SqliteConnection(pooled ? _connectionString : _unpooledConnectionString);
        try
        {
            connection.Open();
            using var command = connection.Command(_pragmas);
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Closes the idle pooled connections of this file, so its handles are released.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static void ThrowIfPathUnusable(string path)
    {
        if (Directory.Exists(path)) throw new StoreOpenException(path, "it is a folder, not a database file.");
        var folder = System.IO.Path.GetDirectoryName(path);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new StoreOpenException(path, $"its folder '{folder}' does not exist. Create it (the store creates the file, not the folder).");
        }
    }

    /// <summary>
    /// Creates a missing database file readable and writable by the gateway's user and its group only (0640, less if
    /// the umask takes more away) before SQLite would create it 0644. SQLite gives the <c>-wal</c> and <c>-shm</c> files
    /// the database file's own mode, so this one mode covers all three, whatever umask the hosting process has. An
    /// existing file keeps the mode its owner gave it.
    /// </summary>
    private static void CreateForOwnerAndGroupOnly(string path)
    {
        if (OperatingSystem.IsWindows() || File.Exists(path)) return;
        try
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it a moment before: it is that gateway's store, with the same mode.
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StoreOpenException(path, $"the gateway's user may not create it in its folder: {e.Message}", e);
        }
    }

    /// <summary>SQLite opens a file it may not write read-only without a word; the store would fail at its first write.</summary>
    private static void ThrowIfReadOnly(SqliteConnection connection, string path)
    {
        if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
        {
            throw new StoreOpenException(path, ReadOnlyCause);
        }
    }

    private static void EnableWal(SqliteConnection connection, string path)
    {
        // Persistent in the file: readers never block the writer and a commit appends to the log instead of rewriting pages.
        using var command = connection.Command("PRAGMA journal_mode = WAL");
        var mode = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreOpenException(path, $"SQLite could not switch it to WAL mode (it stayed in '{mode}' mode); " +
                "the store needs WAL, which network file systems do not support: put the file on a local disk.");
        }
    }

    private static string Describe(SqliteException error)
    {
        var cause = (error.SqliteErrorCode & 0xFF) switch
        {
            26 => "the file is not a SQLite database.",
            14 => "SQLite cannot open the file: check that the gateway's user may read and write it and its folder.",
            8 => ReadOnlyCause,
            11 => "the database file is corrupt.",
            5 or 6 => "another process holds the database locked and did not let go within the busy timeout.",
            13 => "the disk is full.",
            10 => "the disk reported an I/O error.",
            3 or 23 => "access to the file was denied.",
            _ => "SQLite refused it.",
        };
        return $"{cause} (SQLite error {error.SqliteErrorCode}: {error.Message})";
    }
}
