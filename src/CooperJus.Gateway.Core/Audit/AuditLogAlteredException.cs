using System.Text.Json;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// Stored audit data (an event's header, a checkpoint's payload) is no longer what the gateway writes: someone with
/// write access rewrote it. The message says what could not be read; the verifier, <c>audit show</c> and the auditor
/// view each say so in words instead of failing.
/// </summary>
public sealed class AuditLogAlteredException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AuditLogAlteredException()
    {
    }

    /// <summary>Creates the exception with its explanation.</summary>
    public AuditLogAlteredException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its explanation and cause.</summary>
    public AuditLogAlteredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Runs <paramref name="read"/> over stored JSON, turning what reading it throws when it is not the expected shape
    /// (not JSON, a property missing or of another type, a time that is not one) into this exception naming
    /// <paramref name="what"/>. The one place that knows which exceptions mean "altered".
    /// </summary>
    public static T Reading<T>(string what, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new AuditLogAlteredException($"{what} is no longer readable ({e.GetType().Name}: {e.Message})", e);
        }
    }
}
