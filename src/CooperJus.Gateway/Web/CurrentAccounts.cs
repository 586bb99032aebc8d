using CooperJus.Gateway.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace CooperJus.Gateway.Web;

/// <summary>
/// The auditor view's accounts as the configuration says now: checked again each time the configuration file changes,
/// so that removing an account, changing its role or setting a new password takes effect at once (and ends the
/// account's sessions, see <see cref="AuditorSessions"/>). A changed file that cannot be read, or whose accounts have
/// a problem, leaves the last good set in place and the log says why.
/// </summary>
internal sealed class CurrentAccounts : IDisposable
{
    private readonly IConfiguration _configuration;
    private readonly ConfigurationFile? _file;
    private readonly ILogger _logger;
    private readonly IDisposable _subscription;
    private readonly Lock _reloading = new();
    private volatile AuditorAccounts _accounts;

    /// <summary>Starts with <paramref name="atStart"/> and follows <paramref name="configuration"/>'s reloads.</summary>
    public CurrentAccounts(AuditorAccounts atStart, IConfiguration configuration, ConfigurationFile? file, ILogger logger)
    {
        _accounts = atStart;
        _configuration = configuration;
        _file = file;
        _logger = logger;
        _subscription = ChangeToken.OnChange(configuration.GetReloadToken, Reload);
    }

    /// <summary>The accounts now.</summary>
    public AuditorAccounts Value => _accounts;

    /// <summary>Stops following the configuration.</summary>
    public void Dispose() => _subscription.Dispose();

    private void Reload()
    {
        lock (_reloading)
        {
            if (_file?.TakeFailure() is { } unreadable)
            {
                AuditorViewLog.AccountsNotReloaded(_logger, unreadable);
                return;
            }
            // A file deleted (to be written again, or by mistake) is read as empty: that is not "no account any more".
            if (_file is not null && !File.Exists(_file.Path))
            {
                AuditorViewLog.AccountsNotReloaded(_logger, $"the configuration file {_file.Path} is missing.");
                return;
            }
            var problems = new List<string>();
            var options = OptionsReader.Read<AuditorViewOptions>(_configuration, AuditorViewOptions.SectionName, problems);
            var accounts = AuditorAccounts.Check(options, problems, emptyAllowed: true);
            if (problems.Count > 0)
            {
                AuditorViewLog.AccountsNotReloaded(_logger, string.Join(" ", problems));
                return;
            }
            if (accounts.SameAs(_accounts)) return;
            _accounts = accounts;
            AuditorViewLog.AccountsReloaded(_logger, accounts.Count);
        }
    }
}
