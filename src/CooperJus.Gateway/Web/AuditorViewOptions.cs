using System.ComponentModel.DataAnnotations;

namespace CooperJus.Gateway.Web;

/// <summary>
/// The auditor web view (section <c>AuditorView</c>): off unless enabled with at least one account. The accounts follow
/// changes of the configuration file while the gateway runs; every other setting here is read at start.
/// </summary>
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

    /// <summary>
    /// A signed-in session ends this long after sign-in however busy it is, so a session cannot be kept alive
    /// indefinitely (a stolen cookie, a forgotten open tab). <value>The default value is 8 hours.</value>
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan SessionAbsoluteLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// Sign-in attempts one client address may make per minute; more are answered 429 without checking the password
    /// (and without counting as a wrong password). An IPv6 client is counted by its /64 network.
    /// <value>The default value is 20.</value>
    /// </summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerMinute { get; set; } = 20;
}
