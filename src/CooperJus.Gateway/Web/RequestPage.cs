using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Everything about one request: the record as the national system exported it beside the canonical document, the
/// lineage between them (canonical field ← source field, conversion), and the timeline of every event with its body's
/// hash. Operators also get the retry and replay buttons of each message.
/// </summary>
internal static class RequestPage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The page for <paramref name="view"/>; <paramref name="messages"/> holds the outbox state of its messages.</summary>
    public static string Render(Viewer viewer, AuditRequestView view, IReadOnlyDictionary<string, OutboxState> messages, string? notice, bool noticeOk)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(messages);
        var title = view.CaseReference ?? view.RequestId;
        return PageFrame.Render($"Request {title}", viewer, html =>
        {
            html.Markup("<h1>Request ").Text(title).Markup(" <span class=\"muted mono\">").Text(view.RequestId).Markup("</span></h1>");
            if (notice is not null) PageFrame.Notice(html, notice, noticeOk);
            if (view.Request is { } summary) Summary(html, summary);
            else NeverSent(html, view);
            Documents(html, view);
            Lineage(html, view.LineageJson);
            Timeline(html, viewer, view, messages);
        });
    }

    private static void Summary(Html html, RequestSummary summary)
    {
        var request = summary.Request;
        html.Markup("<table style=\"width:auto\"><tbody>");
        Fact(html, "Direction", CanonicalCodes.ToCode(request.Direction));
        Fact(html, "Partner", request.PartnerId);
        Fact(html, "Requested country", request.RequestedCountry);
        Fact(html, "Status", CanonicalCodes.ToCode(request.Status) + (summary.IsOverdue ? " (overdue)" : ""));
        Fact(html, "Created", Formats.Instant(request.CreatedAt));
        Fact(html, "Respond by", request.RespondBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no deadline");
        Fact(html, "Last change", Formats.Instant(summary.UpdatedAt));
        html.Markup("</tbody></table>");
    }

    /// <summary>A request the gateway never sent has no business record: say so, and why its record was refused.</summary>
    private static void NeverSent(Html html, AuditRequestView view)
    {
        html.Markup("<table style=\"width:auto\"><tbody>");
        Fact(html, "Status", "never sent (rejected or not routed)");
        html.Markup("</tbody></table>");
        html.Markup("<h2>Rejection reasons</h2>");
        Block(html, view.RejectionReasons, view.Timeline.Any(e => e.Kind == AuditEventKinds.RecordRejected && e.Body is { IsPruned: true })
            ? "Not kept (removed by retention); its hash is in the timeline."
            : "No rejection was recorded for this request.");
    }

    private static void Fact(Html html, string name, string? value) => html.Markup("<tr>").Element("th", name).Element("td", value).Markup("</tr>");

    private static void Documents(Html html, AuditRequestView view)
    {
        html.Markup("<div class=\"pair\"><section><h2>Source record");
        if (view.SourceFile is not null) html.Markup(" <span class=\"muted\">from ").Text(view.SourceFile).Markup("</span>");
        html.Markup("</h2>");
        Block(html, view.OriginalRecord, view.SourceFile is null ? "Received from a partner: there is no national record." : "Not kept (removed by retention); its hash is in the timeline.");
        html.Markup("</section><section><h2>Canonical document</h2>");
        Block(html, view.CanonicalJson is null ? null : Pretty(view.CanonicalJson), view.WasNeverSent && !view.Timeline.Any(e => e.Kind == AuditEventKinds.RequestTranslated)
            ? "Not translated: the record was refused."
            : "Not kept (removed by retention); its hash is in the timeline.");
        html.Markup("</section></div>");
    }

    private static void Block(Html html, string? text, string missing)
    {
        if (text is null) html.Element("p", missing, "muted");
        else html.Element("pre", text);
    }

    private static string Pretty(string json)
    {
        try
        {
            return JsonNode.Parse(json)?.ToJsonString(Indented) ?? json;
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static void Lineage(Html html, string? lineageJson)
    {
        html.Markup("<h2>Lineage: canonical field ← source field</h2>");
        var rows = LineageTable.Read(lineageJson, out var problem);
        if (problem is not null) PageFrame.Notice(html, problem, ok: false);
        if (lineageJson is null) html.Element("p", "No lineage was recorded for this request.", "muted");
        else if (rows.Count == 0) html.Element("pre", lineageJson);
        if (rows.Count == 0) return;
        html.Markup("<table class=\"lineage\"><thead><tr><th>Canonical field</th><th>Source file</th><th>Where</th><th>Field</th><th>Value as written</th><th>Conversion</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            var sources = row.Sources.Count > 0 ? row.Sources : [new LineageSource(null, null, null, null)];
            for (var i = 0; i < sources.Count; i++)
            {
                var source = sources[i];
                html.Markup("<tr>").Element("td", i == 0 ? row.CanonicalPath : "", "mono").Element("td", source.File).Element("td", source.Place).Element("td", source.Field)
                    .Element("td", source.Value)
                    .Element("td", i == 0 ? row.Conversion : "").Markup("</tr>");
            }
        }
        html.Markup("</tbody></table>");
    }

    private static void Timeline(Html html, Viewer viewer, AuditRequestView view, IReadOnlyDictionary<string, OutboxState> messages)
    {
        html.Markup("<h2>Timeline</h2>");
        if (view.Timeline.Count == 0)
        {
            html.Element("p", "No event recorded.", "muted");
            return;
        }
        html.Markup("<table class=\"timeline\"><thead><tr><th>#</th><th>Time</th><th>Event</th><th>Partner</th><th>Message</th><th>Actor</th><th>Facts</th><th>Body</th></tr></thead><tbody>");
        foreach (var e in view.Timeline)
        {
            html.Markup("<tr>").Element("td", e.Sequence.ToString(CultureInfo.InvariantCulture)).Element("td", Formats.Instant(e.At)).Element("td", e.Kind)
                .Element("td", e.PartnerId).Markup("<td class=\"mono\">").Text(e.MessageId);
            if (e.Kind == AuditEventKinds.MessageSealed && e.MessageId is { } messageId && messages.TryGetValue(messageId, out var state))
                MessageState(html, viewer, view.RequestId, messageId, state);
            html.Markup("</td>").Element("td", e.Actor).Markup("<td>");
            foreach (var (name, value) in e.Facts) html.Markup("<div>").Element("b", name).Text(": " + value).Markup("</div>");
            html.Markup("</td>").Element("td", Body(e.Body), "mono").Markup("</tr>");
        }
        html.Markup("</tbody></table>");
    }

    private static void MessageState(Html html, Viewer viewer, string requestId, string messageId, OutboxState state)
    {
        html.Markup("<div>now ").Element("b", CanonicalCodes.ToCode(state)).Markup("</div>");
        if (!viewer.IsOperator) return;
        var target = "/audit/messages/" + Uri.EscapeDataString(messageId);
        if (state is OutboxState.Queued or OutboxState.RetryWaiting) PageFrame.PostButton(html, target + "/retry", "Retry now", viewer.Token, ("requestId", requestId));
        if (state is OutboxState.DeadLettered) PageFrame.PostButton(html, target + "/replay", "Replay", viewer.Token, ("requestId", requestId));
    }

    private static string Body(AuditBodyInfo? body) => body switch
    {
        null => "",
        _ => string.Create(CultureInfo.InvariantCulture, $"{body.MediaType}, {body.Size} bytes, sha256 {body.Sha256}{(body.IsPruned ? " (pruned)" : "")}"),
    };
}
