using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CooperJus.Gateway.Web;

/// <summary><c>GET /audit/requests/{requestId}</c>: one request, its documents, lineage and timeline.</summary>
internal static class RequestEndpoints
{
    public static void Map(RouteGroupBuilder pages) => pages.MapGet("/requests/{requestId}", ShowAsync);

    private static async Task<IResult> ShowAsync(HttpContext context, string requestId, string? notice, IAuditLog audit, GatewayServices gateway)
    {
        var viewer = PageResults.ViewerOf(context);
        AuditRequestView? view;
        try
        {
            view = await audit.GetRequestViewAsync(requestId, context.RequestAborted).ConfigureAwait(false);
        }
        catch (AuditLogAlteredException)
        {
            return AlteredLog.Page(viewer);
        }
        if (view is null) return PageResults.Page(MessagePage.Render(viewer, "No such request", "No request has this id."), StatusCodes.Status404NotFound);
        // Who saw a request's personal data, and when, is part of the trail too.
        await audit.AppendAsync([new AuditEntry(AuditEventKinds.AuditorViewedRequest) { RequestId = requestId, Actor = viewer.Name }], context.RequestAborted).ConfigureAwait(false);
        var states = new Dictionary<string, OutboxState>(StringComparer.Ordinal);
        foreach (var messageId in view.Timeline.Where(e => e.Kind == AuditEventKinds.MessageSealed).Select(e => e.MessageId).OfType<string>().Distinct())
            if (await gateway.Store.GetOutboxMessageAsync(messageId, context.RequestAborted).ConfigureAwait(false) is { } message) states[messageId] = message.Entry.State;
        var (text, ok) = OperatorNotices.Text(notice);
        return PageResults.Page(RequestPage.Render(viewer, view, states, text, ok));
    }
}
