using System.Net;
using System.Text.RegularExpressions;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// A browser without a browser, for the view's HTTP rules: an HttpClient that keeps cookies, does not follow
/// redirects (the tests look at them), and takes the antiforgery token from the last page's forms.
/// </summary>
internal sealed partial class AuditorViewClient : IDisposable
{
    private readonly HttpClient _http;

    public AuditorViewClient(string baseUrl) =>
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };

    /// <summary>The antiforgery token of the last page read, or empty.</summary>
    public string Token { get; private set; } = "";

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        await RememberTokenAsync(response);
        return response;
    }

    /// <summary>POSTs a form with the last token (unless <paramref name="withToken"/> is false).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken) all.Add(new("__form", Token));
        using var content = new FormUrlEncodedContent(all);
        var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content);
        await RememberTokenAsync(response);
        return response;
    }

    /// <summary>Signs in as <paramref name="account"/>; returns the answer to the sign-in POST.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string account, string password)
    {
        await GetAsync("/audit/sign-in");
        return await PostAsync("/audit/sign-in", [new("account", account), new("password", password), new("returnUrl", "/audit")]);
    }

    public void Dispose() => _http.Dispose();

    private async Task RememberTokenAsync(HttpResponseMessage response)
    {
        var page = await response.Content.ReadAsStringAsync();
        var match = TokenField().Match(page);
        if (match.Success) Token = WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__form\" value=\"([^\"]*)\"")]
    private static partial Regex TokenField();
}
