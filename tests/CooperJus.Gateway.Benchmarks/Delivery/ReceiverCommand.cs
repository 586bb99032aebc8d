using CooperJus.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>
/// <c>delivery-receiver --config FILE</c>: the receiving process of the delivery benchmark. It runs the real gateway
/// (<c>GatewayHost</c>, as <c>cooperjus run</c> does) and, on the same Kestrel server, the plain endpoint the
/// baseline POSTs to: it reads the body and answers 200. Like every route that is not the partner protocol's, it
/// answers on the inside listener. It prints <c>ready</c> once listening and stops when its
/// standard input closes (the parent ended or died).
/// </summary>
internal static class ReceiverCommand
{
    public const string Name = "delivery-receiver";

    /// <summary>The plain endpoint: what an HTTP POST of the same body costs without any gateway work.</summary>
    public const string SinkPath = "/bench/sink";

    /// <exception cref="FormatException">The arguments are not <c>--config FILE</c>.</exception>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args is not ["--config", var configFile]) throw new FormatException($"Usage: {Name} --config FILE");
        await using var app = await GatewayHost.BuildAsync(configFile, null, CancellationToken.None);
        app.MapPost(SinkPath, async context =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status200OK;
        });
        await app.StartAsync();
        Console.WriteLine("ready");
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        return 0;
    }
}
