using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>
/// The fake partner: a minimal Kestrel app on a loopback port, put in front of a real gateway as a fault-injecting
/// reverse proxy. A sender's partner directory points at the proxy; <see cref="Mode"/> decides, request by request,
/// whether the partner looks down (refused connection, 503 with or without <c>Retry-After</c>), healthy, or loses its
/// answers after processing. Every request is logged with its arrival time.
/// </summary>
internal sealed class FakePartner : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly ConcurrentQueue<ProxiedRequest> _log = new();
    private readonly ConcurrentDictionary<string, bool> _answerLost = new(StringComparer.Ordinal);
    private readonly string _target;
    private volatile FakePartnerMode _mode;

    private FakePartner(WebApplication app, string target, FakePartnerMode mode)
    {
        _app = app;
        _target = target.TrimEnd('/');
        _mode = mode;
    }

    /// <summary>The proxy's base URL: what the sender's partner directory lists.</summary>
    public string Url { get; private set; } = "";

    public FakePartnerMode Mode
    {
        get => _mode;
        set => _mode = value;
    }

    /// <summary>The <c>Retry-After</c> sent with a 503 in <see cref="FakePartnerMode.Unavailable"/>; null sends none.</summary>
    public TimeSpan? RetryAfter { get; set; }

    /// <summary>Every request so far, in order of arrival.</summary>
    public IReadOnlyList<ProxiedRequest> Requests => [.. _log];

    /// <summary>Starts a proxy to the gateway at <paramref name="targetUrl"/> on a port the system picks.</summary>
    public static async Task<FakePartner> StartAsync(string targetUrl, FakePartnerMode mode = FakePartnerMode.Forward)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new FakePartner(app, targetUrl, mode);
        app.MapFallback(proxy.HandleAsync);
        await app.StartAsync();
        proxy.Url = app.Urls.Single().TrimEnd('/') + "/";
        return proxy;
    }

    /// <summary>Requests that carried message <paramref name="messageId"/>.</summary>
    public IReadOnlyList<ProxiedRequest> RequestsFor(string messageId) => Requests.Where(r => r.MessageId == messageId).ToList();

    private async Task HandleAsync(HttpContext context)
    {
        var arrivedAt = TimeProvider.System.GetUtcNow();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var messageId = MessageIdOf(body);
        var mode = _mode;
        switch (mode)
        {
            case FakePartnerMode.Refuse:
                Log(arrivedAt, messageId, forwarded: false, null);
                context.Abort();
                return;
            case FakePartnerMode.Unavailable:
                Log(arrivedAt, messageId, forwarded: false, 503);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                if (RetryAfter is { } wait) context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return;
        }
        using var answer = await ForwardAsync(context, body);
        var lose = mode is FakePartnerMode.LoseFirstAnswerAsBadGateway or FakePartnerMode.LoseFirstAnswerByClosing
            && messageId is not null && _answerLost.TryAdd(messageId, true);
        if (lose && mode == FakePartnerMode.LoseFirstAnswerByClosing)
        {
            Log(arrivedAt, messageId, forwarded: true, null);
            context.Abort();
            return;
        }
        if (lose)
        {
            Log(arrivedAt, messageId, forwarded: true, 502);
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            return;
        }
        Log(arrivedAt, messageId, forwarded: true, (int)answer.StatusCode);
        context.Response.StatusCode = (int)answer.StatusCode;
        context.Response.ContentType = answer.Content.Headers.ContentType?.ToString();
        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private async Task<HttpResponseMessage> ForwardAsync(HttpContext context, byte[] body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), _target + context.Request.Path + context.Request.QueryString);
        request.Content = new ByteArrayContent(body);
        if (context.Request.ContentType is { } type) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return await _http.SendAsync(request, context.RequestAborted);
    }

    private void Log(DateTimeOffset arrivedAt, string? messageId, bool forwarded, int? status) =>
        _log.Enqueue(new ProxiedRequest(arrivedAt, messageId, forwarded, status));

    /// <summary>The <c>messageId</c> of the JWS payload, unverified: the proxy only needs to tell messages apart.</summary>
    private static string? MessageIdOf(byte[] body)
    {
        try
        {
            var parts = System.Text.Encoding.ASCII.GetString(body).Split('.');
            if (parts.Length != 3) return null;
            using var payload = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(parts[1]));
            return payload.RootElement.TryGetProperty("messageId", out var id) ? id.GetString() : null;
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }
}
