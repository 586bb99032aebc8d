using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// A browser without a browser, for the view's HTTP rules: an HttpClient that keeps cookies, does not follow
/// redirects (the tests look at them), and takes the antiforgery token from the last page's forms.
/// </summary>
internal sealed partial class AuditorViewClient : IDisposable
{
    private readonly HttpClient _http;

    /// <param name="baseUrl">The gateway.</param>
    /// <param name="from">The loopback address to connect from (127.0.0.2…: Linux routes all of 127.0.0.0/8 to the
    /// loopback interface), so that the gateway sees another client; null for the system's choice (127.0.0.1).</param>
    public AuditorViewClient(string baseUrl, IPAddress? from = null)
    {
        var handler = new SocketsHttpHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true };
        if (from is not null) handler.ConnectCallback = (context, cancellationToken) => ConnectFromAsync(from, context.DnsEndPoint, cancellationToken);
        _http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
    }

    /// <summary>The cookies the gateway set.</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>The antiforgery token of the last page read, or empty.</summary>
    public string Token { get; private set; } = "";

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        await RememberTokenAsync(response);
        return response;
    }

    /// <summary>POSTs a form with the last token (unless <paramref name="withToken"/> is false).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true, CancellationToken cancellationToken = default)
    {
        var all = fields.ToList();
        if (withToken) all.Add(new("__form", Token));
        using var content = new FormUrlEncodedContent(all);
        var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken);
        await RememberTokenAsync(response);
        return response;
    }

    /// <summary>POSTs a form with the last token and returns only the status, without reading the page: an attacker's loop.</summary>
    public async Task<HttpStatusCode> PostBlindAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent([.. fields, new("__form", Token)]);
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>Signs in as <paramref name="account"/>; returns the answer to the sign-in POST.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string account, string password)
    {
        await GetAsync("/audit/sign-in");
        return await PostAsync("/audit/sign-in", [new("account", account), new("password", password), new("returnUrl", "/audit")]);
    }

    /// <summary>The value of the sign-in cookie now, or null.</summary>
    public string? SessionCookie => Cookies.GetAllCookies().FirstOrDefault(c => c.Name == "cooperjus.audit")?.Value;

    /// <summary>Sends <c>GET</c> with the sign-in cookie <paramref name="value"/>, as someone who copied it would (from a client without cookies of its own).</summary>
    public async Task<HttpResponseMessage> GetWithCookieAsync(string path, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", "cooperjus.audit=" + value);
        return await _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();

    private static async ValueTask<Stream> ConnectFromAsync(IPAddress from, DnsEndPoint to, CancellationToken cancellationToken)
    {
        var socket = new Socket(from.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(IPAddress.Parse(to.Host), to.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task RememberTokenAsync(HttpResponseMessage response)
    {
        var page = await response.Content.ReadAsStringAsync();
        var match = TokenField().Match(page);
        if (match.Success) Token = WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__form\" value=\"([^\"]*)\"")]
    private static partial Regex TokenField();
}
