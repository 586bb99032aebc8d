using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Sends held requests when a partner serving their country is added: once at start (the directory read from the
/// configuration may serve countries it did not before), and whenever the configuration file's <c>PartnerDirectory</c>
/// changes. A changed directory that is valid is audited (<c>configuration.changed</c>, the whole file with secrets masked)
/// and then replaces the running one (routes, URLs and trust keys together); one that
/// is not, or one that lists no partner at all (a half-written save reads as empty), is refused with a warning and the
/// gateway keeps the directory it had. Each release is audited (<c>request.released</c>) and queued exactly once. After
/// a file held requests it looks once more, since a reload may have come between that file's routing and its commit.
/// </summary>
internal sealed partial class HeldRequestWorker(GatewayServices services, IConfiguration configuration, ILogger<HeldRequestWorker> logger) : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IDisposable? _subscription;
    private string _directoryJson = SectionText(configuration.GetSection("PartnerDirectory"));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await ReleaseAsync("start", cancellationToken).ConfigureAwait(false);
        _subscription = ChangeToken.OnChange(configuration.GetReloadToken, () => _ = ReloadAsync());
        services.Submitter.Held += OnHeld;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        services.Submitter.Held -= OnHeld;
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private void OnHeld() => _ = ReleaseAfterIntakeAsync();

    private async Task ReleaseAfterIntakeAsync()
    {
        try
        {
            await ReleaseAsync("intake", CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or ObjectDisposedException or Microsoft.Data.Sqlite.SqliteException or System.Text.Json.JsonException)
        {
            LogReleaseFailed(logger, "an intake", e.Message);
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _gate.Dispose();
    }

    private async Task ReloadAsync()
    {
        try
        {
            // One reload at a time, reading the configuration inside the gate: a reload that started on an older save
            // cannot replace the directory after a later one took the newer save.
            await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                var section = configuration.GetSection("PartnerDirectory");
                var text = SectionText(section);
                if (text == _directoryJson) return; // Another part of the file changed.
                var options = section.Get<PartnerDirectoryOptions>() ?? new PartnerDirectoryOptions();
                var problems = options.Validate();
                if (options.Partners.Count == 0) problems = [.. problems, "it lists no partner (a file saved half-way reads so)"];
                if (problems.Count > 0)
                {
                    LogDirectoryRefused(logger, string.Join(" ", problems));
                    return;
                }
                var directory = PartnerDirectory.Create(options);
                // The partners' keys decide whom the gateway trusts: the change is audited before it takes effect, and
                // a change that cannot be audited is not taken.
                var record = ConfigurationRecord.Entry(configuration.AsEnumerable());
                await services.Store.Audit.AppendAsync([record with { Facts = [.. record.Facts, KeyValuePair.Create("reloaded", "PartnerDirectory")] }], CancellationToken.None)
                    .ConfigureAwait(false);
                services.Partners.Replace(directory);
                _directoryJson = text;
                LogDirectoryReloaded(logger, options.Partners.Count);
                try
                {
                    await ReleaseHeldAsync("reload", CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception e) when (e is InvalidOperationException or IOException or Microsoft.Data.Sqlite.SqliteException or System.Text.Json.JsonException)
                {
                    // The directory was taken: this is not event 8103.
                    LogReleaseFailed(logger, "a reload", e.Message);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or IOException or ObjectDisposedException
            or Microsoft.Data.Sqlite.SqliteException or System.Text.Json.JsonException)
        {
            LogDirectoryRefused(logger, e.Message);
        }
    }

    private async Task ReleaseAsync(string when, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ReleaseHeldAsync(when, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Releases what a partner now serves; the caller holds <see cref="_gate"/>.</summary>
    private async Task ReleaseHeldAsync(string when, CancellationToken cancellationToken)
    {
        var results = await services.HeldReleaser.ReleaseAsync(null, null, AuditActors.Gateway, cancellationToken).ConfigureAwait(false);
        var released = results.Count(r => r.ReleasedNow);
        if (released > 0) services.Dispatcher.Wake();
        var stillHeld = results.Count(r => r.StillHeld);
        // After an intake only a release is news: "still held" is what the intake report already said.
        if (released > 0 || (stillHeld > 0 && when != "intake")) LogReleased(logger, when, released, stillHeld);
    }

    private static string SectionText(IConfigurationSection section) =>
        string.Join('\n', section.AsEnumerable().Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    [LoggerMessage(8101, LogLevel.Information, "Held requests at {When}: {Released} released to a partner now serving their country, {StillHeld} still held (no partner serves their country)")]
    private static partial void LogReleased(ILogger logger, string when, int released, int stillHeld);

    [LoggerMessage(8102, LogLevel.Information, "The partner directory was reloaded from the configuration file: {Partners} partner(s)")]
    private static partial void LogDirectoryReloaded(ILogger logger, int partners);

    [LoggerMessage(8104, LogLevel.Warning, "Held requests could not be released after {When}; the next start, reload or 'cooperjus requests release' does it: {Reason}")]
    private static partial void LogReleaseFailed(ILogger logger, string when, string reason);

    [LoggerMessage(8103, LogLevel.Warning, "The changed partner directory in the configuration file was not taken; the gateway keeps the one it had: {Reason}")]
    private static partial void LogDirectoryRefused(ILogger logger, string reason);
}
