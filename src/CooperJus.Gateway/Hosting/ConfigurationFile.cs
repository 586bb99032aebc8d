using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// The gateway's JSON configuration file, read at start and read again whenever it changes on disk. Most settings are
/// used as they were at start; what follows a change (the auditor view's accounts, the log levels) reads the new
/// values. A file that cannot be read at start stops the start; one that cannot be read later (an editor's half-written
/// save, a typo) leaves the gateway running, and <see cref="TakeFailure"/> tells whoever reacts to the change that this
/// reload is not to be believed.
/// </summary>
internal sealed class ConfigurationFile
{
    private string? _failure;

    private ConfigurationFile(string path) => Path = path;

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>Adds <paramref name="path"/> (full path) to <paramref name="configuration"/>, reloaded on change; throws if it cannot be read now.</summary>
    public static ConfigurationFile Add(IConfigurationBuilder configuration, string path)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var file = new ConfigurationFile(path);
        JsonConfigurationSource? added = null;
        configuration.AddJsonFile(source =>
        {
            source.Path = path;
            source.Optional = false;
            source.ReloadOnChange = true;
            source.ResolveFileProvider();
            added = source;
        });
        // Set only now, after the first read: at start a bad file must stop the gateway. On a reload the file provider
        // would otherwise throw on the file watcher's thread and take the process down.
        added!.OnLoadException = file.Failed;
        return file;
    }

    /// <summary>Why the last reload could not read the file, once; null when it read it.</summary>
    public string? TakeFailure() => Interlocked.Exchange(ref _failure, null);

    private void Failed(FileLoadExceptionContext context)
    {
        // The provider then holds no value from this file until it can be read again: readers must keep what they had.
        var why = context.Exception.InnerException is { } inner ? $"{context.Exception.Message} {inner.Message}" : context.Exception.Message;
        Volatile.Write(ref _failure, why);
        context.Ignore = true;
    }
}
