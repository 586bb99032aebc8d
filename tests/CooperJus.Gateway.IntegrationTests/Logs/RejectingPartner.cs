using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.IntegrationTests.Logs;

/// <summary>
/// A partner as some real ones answer: in front of Spain's real gateway, it refuses the first request it gets with a
/// receipt properly signed by Spain's key whose reason quotes the request's first person, name and identity number
/// (<c>ES DNI '24561837E' is not valid: Jorge Tárrega Mollá</c>), and passes every later one on.
/// </summary>
internal sealed class RejectingPartner : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Uri _target;
    private readonly ReceiptSigner _signer;
    private readonly string _gatewayId;
    private int _refused;

    private RejectingPartner(WebApplication app, Uri target, GatewayKey key, string gatewayId)
    {
        _app = app;
        _target = target;
        _gatewayId = gatewayId;
        _signer = new ReceiptSigner(key, gatewayId);
    }

    /// <summary>The URL the sender's partner directory lists.</summary>
    public string Url { get; private set; } = "";

    /// <summary>The reason quoted in the refusal, once one was sent.</summary>
    public string? QuotedReason { get; private set; }

    public static async Task<RejectingPartner> StartAsync(Uri target, GatewayKey key, string gatewayId)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var partner = new RejectingPartner(app, target, key, gatewayId);
        app.MapPost(PartnerProtocol.MessagesPath, partner.HandleAsync);
        await app.StartAsync();
        partner.Url = app.Urls.Single().TrimEnd('/') + "/";
        return partner;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        if (Interlocked.Exchange(ref _refused, 1) == 0)
        {
            var rejection = Refuse(body);
            context.Response.StatusCode = rejection.StatusCode;
            context.Response.ContentType = PartnerProtocol.MediaType;
            await context.Response.Body.WriteAsync(rejection.Body, context.RequestAborted);
            return;
        }
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(PartnerProtocol.MediaType);
        using var answer = await _http.PostAsync(new Uri(_target, PartnerProtocol.MessagesPath.TrimStart('/')), content, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        context.Response.ContentType = PartnerProtocol.MediaType;
        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private SignedReceipt Refuse(byte[] body)
    {
        var envelope = JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(System.Text.Encoding.ASCII.GetString(body).Split('.')[1]))!;
        var person = envelope["payload"]!["persons"]![0]!;
        QuotedReason = $"ES DNI '{person["identityDocuments"]![0]!["number"]!.GetValue<string>()}' is not valid: {person["fullName"]!.GetValue<string>()}";
        return _signer.Sign(new Receipt
        {
            MessageId = envelope["messageId"]!.GetValue<string>(),
            Receiver = _gatewayId,
            Sender = envelope["from"]!.GetValue<string>(),
            ReceivedAt = TimeProvider.System.GetUtcNow(),
            PayloadSha256 = Convert.ToHexStringLower(SHA256.HashData(body)),
            Outcome = ReceiptOutcome.Rejected,
            Errors = [new ProtocolError("identity.check-digit", QuotedReason)],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _http.Dispose();
    }
}
