using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Web;

/// <summary>
/// The rate limit of <c>POST /audit/sign-in</c> (ASP.NET Core's rate limiter): each client address
/// (<see cref="ClientAddress"/>) may try <see cref="AuditorViewOptions.SignInAttemptsPerMinute"/> times per minute.
/// Beyond, the answer is 429 with a page saying so and a <c>Retry-After</c>, at once: no password is hashed and the
/// attempt does not count as a wrong password (so a flood cannot lock a real account either).
/// </summary>
internal sealed class SignInRateLimit(int attemptsPerMinute) : IRateLimiterPolicy<string>
{
    /// <summary>The policy's name.</summary>
    public const string Name = "auditor-sign-in";

    // The same few pages, made once: a flood is answered without building anything.
    private static readonly ConcurrentDictionary<string, string> Pages = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    /// <inheritdoc/>
    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(Hosting.ClientAddress.KeyOf(httpContext), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = attemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    /// <summary>
    /// The answer to an attempt that was not checked: what to do and when to come back, with a link to the form. The
    /// page is plain (no form token) so that answering a flood costs next to nothing.
    /// </summary>
    public static IResult Shed(HttpContext context, int statusCode, string message, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(AuditorViewLog.Category);
        AuditorViewLog.SignInShed(logger, context.Connection.RemoteIpAddress?.ToString(), message);
        return PageResults.Page(Pages.GetOrAdd(message, Render), statusCode);
    }

    private static string Render(string message) =>
        PageFrame.Render("Sign in later", null, html =>
        {
            html.Element("h1", "Sign in later");
            PageFrame.Notice(html, message, ok: false);
            html.Markup("<p>").Link(AuditorPaths.SignIn, "Back to the sign-in form").Markup("</p>");
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        await Shed(context.HttpContext, StatusCodes.Status429TooManyRequests, SignInPage.TooManyAttempts, retryAfter).ExecuteAsync(context.HttpContext).ConfigureAwait(false);
    }
}
