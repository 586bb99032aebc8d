using System.Text.Json;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.BR.Reading;

/// <summary>One member of the root header as written: its JSON kind, text and location.</summary>
internal sealed record HeaderField(JsonValueKind Kind, SourceLocation At)
{
    /// <summary>The value when it is a string, otherwise null.</summary>
    public string? Text => Kind == JsonValueKind.String ? At.Value : null;
}
