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
}
