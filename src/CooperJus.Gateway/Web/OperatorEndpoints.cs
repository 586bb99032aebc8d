using CooperJus.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Web;

/// <summary>
/// The operator's two levers from the request page: retry a waiting message now, replay a dead-lettered one. The
/// store records each as an audit event with the operator's account name as its actor.
/// </summary>
internal static class OperatorEndpoints
{
    public static void Map(RouteGroupBuilder pages)
    {
        pages.MapPost("/messages/{messageId}/retry", (HttpContext context, string messageId, GatewayServices gateway, ILoggerFactory logs) => ActAsync(context, messageId, replay: false, gateway, logs))
            .RequireAuthorization(AuditorViewSetup.OperatorPolicy);
        pages.MapPost("/messages/{messageId}/replay", (HttpContext context, string messageId, GatewayServices gateway, ILoggerFactory logs) => ActAsync(context, messageId, replay: true, gateway, logs))
            .RequireAuthorization(AuditorViewSetup.OperatorPolicy);
        pages.MapGet("/forbidden", (HttpContext context) =>
            PageResults.Page(MessagePage.Render(PageResults.ViewerOf(context), "Not allowed", "Your account may read but not retry or replay messages; that takes an operator account."), StatusCodes.Status403Forbidden));
    }

    private static async Task<IResult> ActAsync(HttpContext context, string messageId, bool replay, GatewayServices gateway, ILoggerFactory logs)
    {
        var form = await PageResults.ValidFormAsync(context).ConfigureAwait(false);
        var viewer = PageResults.ViewerOf(context);
        if (form is null) return PageResults.ExpiredForm(viewer);
        var result = replay
            ? await gateway.Store.ReplayDeadLetterAsync(messageId, viewer.Name, context.RequestAborted).ConfigureAwait(false)
            : await gateway.Store.RetryNowAsync(messageId, viewer.Name, context.RequestAborted).ConfigureAwait(false);
        var code = OperatorNotices.Code(replay, result.Allowed, result.StateBefore is not null);
        AuditorViewLog.OperatorAction(logs.CreateLogger(AuditorViewLog.Category), viewer.Name, replay ? "replay" : "retry", messageId, code);
        var requestId = form["requestId"].ToString();
        return Results.Redirect(requestId.Length == 0 ? AuditorPaths.Root : $"{SearchPage.RequestPath(requestId)}?notice={code}");
    }
}
