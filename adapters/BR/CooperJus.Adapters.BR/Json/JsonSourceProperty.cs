namespace CooperJus.Adapters.BR.Json;

/// <summary>One member of a JSON object: its name (unescaped) and its value.</summary>
internal readonly record struct JsonSourceProperty(string Name, JsonSourceNode Value);
