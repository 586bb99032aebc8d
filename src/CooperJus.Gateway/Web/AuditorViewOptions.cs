using System.ComponentModel.DataAnnotations;

namespace CooperJus.Gateway.Web;

/// <summary>The auditor web view (section <c>AuditorView</c>): off unless enabled with at least one account.</summary>
public sealed class AuditorViewOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "AuditorView";

    /// <summary>Serves the pages under <c>/audit</c>. <value>The default value is false.</value></summary>
    public bool Enabled { get; set; }

    /// <summary>Who may sign in, with which role.</summary>
    public IList<AuditorAccountOptions> Accounts { get; } = [];

    /// <summary>Wrong passwords in a row after which an account name is locked. <value>The default value is 5.</value></summary>
    [Range(1, 1000)]
    public int LockoutThreshold { get; set; } = 5;

    /// <summary>How long a locked account name is refused. <value>The default value is 5 minutes.</value></summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A signed-in session ends after this long without a page. <value>The default value is 30 minutes.</value></summary>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
