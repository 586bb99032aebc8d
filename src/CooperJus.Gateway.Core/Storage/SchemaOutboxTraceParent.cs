namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The W3C trace context (<c>traceparent</c>) a message was sealed in, so its delivery, however much later and after
/// however many restarts, joins the trace of the intake that produced it. NULL when tracing was off at sealing time,
/// and for rows from before.
/// </summary>
internal static class SchemaOutboxTraceParent
{
    public const string Sql = """
        ALTER TABLE outbox ADD COLUMN trace_parent TEXT;
        """;
}
