using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.BR.Responses;

/// <summary>What a first pass over a respostas file found: its header members, where each resposta is, and the file problems.</summary>
internal sealed class RespostaScan
{
    /// <summary>Header members by name: the value's JSON kind and text, located.</summary>
    public Dictionary<string, (System.Text.Json.JsonValueKind Kind, SourceLocation At)> Header { get; } = new(StringComparer.Ordinal);

    /// <summary>Each element of <c>respostas</c>: its byte range and first line.</summary>
    public List<(int Start, int Length, long Line)> Respostas { get; } = [];

    /// <summary>True when the file has a <c>respostas</c> array.</summary>
    public bool HasRespostas { get; set; }

    /// <summary>Problems with the file as a whole, in file order.</summary>
    public List<Problem> Problems { get; } = [];

    /// <summary>A problem after which nothing more could be read (syntax); the respostas found before it are read.</summary>
    public Problem? Fatal { get; set; }
}
