using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Web;

/// <summary>
/// The signed-in sessions, kept by the gateway: the cookie carries only a random session key (encrypted), and a
/// session is honoured only while it is here. Sign-out removes it, so a copied cookie is worthless from then on. A
/// session also ends, the next time it is presented, once it has been idle for the idle timeout, once it is older
/// than the absolute lifetime however busy it is, and as soon as its account is no longer configured with the same
/// role and password hash (<see cref="CurrentAccounts"/>).
/// </summary>
/// <remarks>
/// In memory: a restart asks everyone to sign in again, which is also what the in-memory data-protection keys do. The
/// number of sessions is bounded (<see cref="Capacity"/>); a new session beyond it ends the one used least recently.
/// Only a right password creates one, so the bound protects memory rather than being a line of defence.
/// </remarks>
internal sealed class AuditorSessions(CurrentAccounts accounts, TimeSpan idleTimeout, TimeSpan absoluteLifetime, TimeProvider clock, ILogger logger) : ITicketStore
{
    /// <summary>Sessions kept at most.</summary>
    public const int Capacity = 1_000;

    /// <summary>The ticket property holding <see cref="AuditorAccount.Fingerprint"/> at sign-in.</summary>
    public const string CredentialItem = "cooperjus.credential";

    private readonly Dictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How many sessions are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _sessions.Count;
        }
    }

    /// <inheritdoc/>
    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_sessions.Count >= Capacity) MakeRoom(now);
            _sessions[key] = new Session(ticket, now) { LastSeen = now };
        }
        return Task.FromResult(key);
    }

    /// <inheritdoc/>
    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        lock (_gate)
        {
            if (_sessions.TryGetValue(key, out var session)) _sessions[key] = session with { Ticket = ticket };
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var now = clock.GetUtcNow();
        Session? ended;
        string why;
        lock (_gate)
        {
            if (!_sessions.TryGetValue(key, out var session)) return Task.FromResult<AuthenticationTicket?>(null);
            why = WhyEnded(session, now);
            if (why.Length == 0)
            {
                session.LastSeen = now;
                return Task.FromResult<AuthenticationTicket?>(session.Ticket);
            }
            _sessions.Remove(key);
            ended = session;
        }
        AuditorViewLog.SessionEnded(logger, ended.Ticket.Principal.Identity?.Name ?? "", why);
        return Task.FromResult<AuthenticationTicket?>(null);
    }

    /// <inheritdoc/>
    public Task RemoveAsync(string key)
    {
        lock (_gate) _sessions.Remove(key);
        return Task.CompletedTask;
    }

    /// <summary>Why <paramref name="session"/> is over at <paramref name="now"/>, or empty while it holds.</summary>
    private string WhyEnded(Session session, DateTimeOffset now)
    {
        if (now - session.LastSeen >= idleTimeout) return "idle timeout";
        if (now - session.Created >= absoluteLifetime) return "absolute lifetime";
        var principal = session.Ticket.Principal;
        if (!accounts.Value.TryFind(principal.Identity?.Name ?? "", out var account)) return "account removed";
        if (account.Role != principal.FindFirstValue(ClaimTypes.Role)) return "role changed";
        if (!session.Ticket.Properties.Items.TryGetValue(CredentialItem, out var credential) || credential != account.Fingerprint) return "password changed";
        return "";
    }

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var (key, session) in _sessions.ToList())
            if (now - session.LastSeen >= idleTimeout || now - session.Created >= absoluteLifetime) _sessions.Remove(key);
        if (_sessions.Count >= Capacity) _sessions.Remove(_sessions.MinBy(p => p.Value.LastSeen).Key);
    }

    /// <summary>One session: its ticket (claims: name, role), when it began, when it was last used.</summary>
    private sealed record Session(AuthenticationTicket Ticket, DateTimeOffset Created)
    {
        public DateTimeOffset LastSeen { get; set; }
    }
}
