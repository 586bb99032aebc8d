using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CooperJus.Gateway.Core.Intake;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// The HTTP intake for national systems that push rather than drop (<c>POST /intake/v1/files?name=</c> and
/// <c>POST /intake/v1/responses</c>, API key in <see cref="GatewayEndpoints.ApiKeyHeader"/>). A 202 means the file is
/// durably in the intake folder under the name it returns, which no other upload can take (see
/// <see cref="IntakeUpload"/>). A name the intake would never process is refused with 400 and the reason, a body over
/// <see cref="IntakeOptions.MaxUploadBytes"/> with 413; neither, nor a client that goes away mid-body, leaves a file.
/// </summary>
internal static partial class IntakeUploads
{
    /// <summary>Authorises, checks the name and the size, and keeps the body as <paramref name="requestedName"/> (or its first free variant).</summary>
    public static async Task<IResult> AcceptAsync(GatewayServices services, HttpRequest request, string requestedName)
    {
        var context = request.HttpContext;
        if (!Authorised(services, request))
            return Results.Problem($"A valid {GatewayEndpoints.ApiKeyHeader} header is required.", statusCode: StatusCodes.Status401Unauthorized);
        var name = IntakeNames.SafeFileName(requestedName);
        if (IntakeNames.Refusal(name) is { } refusal)
            return Results.Problem(refusal + " Choose another name.", statusCode: StatusCodes.Status400BadRequest, title: "File name not accepted");
        var limit = services.Intake.MaxUploadBytes;
        // Per request, so the intake's limit holds whatever Kestrel's server-wide limit is set to for the partner route.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IntakeUploads).FullName!);
        if (request.ContentLength > limit) return TooLarge(logger, limit);
        try
        {
            var kept = await IntakeUpload.KeepAsync(services.Intake.Path, name, request.Body, context.RequestAborted).ConfigureAwait(false);
            LogKept(logger, kept);
            return Results.Accepted(value: new { file = kept });
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(logger, limit);
        }
        catch (Exception e) when (e is BadHttpRequestException or OperationCanceledException || (e is IOException && context.RequestAborted.IsCancellationRequested))
        {
            // The body ended early or the connection went: there is nobody to answer, and nothing was kept.
            LogAbandoned(logger);
            return Results.Problem("The request body ended before its announced length; nothing was kept.", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogNotWritten(logger, e.Message);
            return Results.Problem("The file could not be written into the intake folder and nothing was kept; send it again. The gateway's log says why.",
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static IResult TooLarge(ILogger logger, long limit)
    {
        LogTooLarge(logger, limit);
        return Results.Problem(string.Create(CultureInfo.InvariantCulture, $"The body is larger than the intake accepts ({limit} bytes, Intake:MaxUploadBytes); nothing was kept."),
            statusCode: StatusCodes.Status413PayloadTooLarge);
    }

    private static bool Authorised(GatewayServices services, HttpRequest request)
    {
        var expected = services.Gateway.ApiKey;
        if (expected.Length == 0 || !request.Headers.TryGetValue(GatewayEndpoints.ApiKeyHeader, out var given)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given.ToString()), Encoding.UTF8.GetBytes(expected));
    }

    [LoggerMessage(1101, LogLevel.Information, "Intake upload kept as {File}")]
    private static partial void LogKept(ILogger logger, string file);

    [LoggerMessage(1102, LogLevel.Warning, "Intake upload refused: its body is over the limit of {Limit} bytes (Intake:MaxUploadBytes)")]
    private static partial void LogTooLarge(ILogger logger, long limit);

    [LoggerMessage(1103, LogLevel.Information, "Intake upload abandoned by its client mid-body; nothing was kept")]
    private static partial void LogAbandoned(ILogger logger);

    [LoggerMessage(1104, LogLevel.Error, "Intake upload could not be written; nothing was kept: {Reason}")]
    private static partial void LogNotWritten(ILogger logger, string reason);
}
