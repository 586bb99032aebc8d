using System.ComponentModel.DataAnnotations;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>Options of the gateway store (configuration section <c>Store</c>).</summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Store";

    /// <summary>
    /// The SQLite database file. Relative paths are resolved against the current directory. The folder must exist and be
    /// writable: SQLite keeps <c>-wal</c> and <c>-shm</c> files beside the database.
    /// </summary>
    /// <value>The default value is <c>cooperjus-gateway.db</c>.</value>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "cooperjus-gateway.db";

    /// <summary>
    /// How long a dispatcher holds a leased message before another dispatcher (or the same one after a restart) may take
    /// it over. Longer than the slowest attempt including its timeout; short enough that a crash does not stall delivery.
    /// </summary>
    /// <value>The default value is 2 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long an operation waits for another connection or process that holds the write lock before it fails.
    /// </summary>
    /// <value>The default value is 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
