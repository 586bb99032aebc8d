using System.ComponentModel.DataAnnotations;

namespace CooperJus.Gateway.Hosting;

/// <summary>The gateway's own settings (section <c>Gateway</c>); identity and keys are in <c>Messaging</c>, partners in <c>PartnerDirectory</c>.</summary>
public sealed class GatewayOptions
{
    /// <summary>Id of the adapter of this office's national system (<c>PE</c>): it reads the intake and writes the export.</summary>
    [Required]
    public string NationalAdapter { get; set; } = "";

    /// <summary>Folder where messages from partners are written for the national system.</summary>
    [Required]
    public string ExportFolder { get; set; } = "";

    /// <summary>
    /// Key the national system sends in the <c>X-Api-Key</c> header to push files and responses over HTTP (inside
    /// listener). Empty disables the HTTP intake; otherwise at least 32 random characters, and no placeholder such as
    /// the sample's (see <see cref="ApiKeyRules"/>). <value>The default value is empty: no HTTP intake.</value>
    /// </summary>
    public string ApiKey { get; set; } = "";

    /// <summary>
    /// Stable name of this instance's outbox leases. Keep it the same across restarts so the instance takes its own
    /// leases back at once. <value>The default value is the machine name.</value>
    /// </summary>
    public string LeaseOwner { get; set; } = Environment.MachineName;

    /// <summary>How often the intake folder is scanned. <value>The default value is 500 ms.</value></summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan IntakeScanInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}
