namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>One member of a JSON object: its name (unescaped) and its value.</summary>
/// <param name="Name">The member's name, unescaped.</param>
/// <param name="Value">The member's value.</param>
public readonly record struct JsonSourceProperty(string Name, JsonSourceNode Value);
