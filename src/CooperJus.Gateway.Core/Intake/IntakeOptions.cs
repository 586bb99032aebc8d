using System.ComponentModel.DataAnnotations;

namespace CooperJus.Gateway.Core.Intake;

/// <summary>Where national exports are dropped and when a dropped file counts as complete.</summary>
public sealed class IntakeOptions
{
    /// <summary>The watched folder. Sub-folders <c>.claimed</c>, <c>processed</c> and <c>failed</c> are created in it.</summary>
    [Required]
    public string Path { get; set; } = "";

    /// <summary>
    /// A file without a <c>.done</c> marker is taken once its size and time stamp have not changed for this long.
    /// <value>The default value is 2 seconds.</value>
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan StableFor { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// When true, only files with a companion <c>&lt;name&gt;.done</c> are taken (for systems that can write one).
    /// <value>The default value is false.</value>
    /// </summary>
    public bool RequireDoneMarker { get; set; }

    /// <summary>
    /// Largest body the HTTP intake (<c>POST /intake/v1/files</c>, <c>/intake/v1/responses</c>) accepts, in bytes; a
    /// larger one is answered 413 and nothing of it is kept. Files dropped into the folder are not limited.
    /// <value>The default value is 64 MiB (67 108 864). At least 1 024.</value>
    /// </summary>
    [Range(typeof(long), "1024", "9223372036854775807")]
    public long MaxUploadBytes { get; set; } = 64L * 1024 * 1024;
}
