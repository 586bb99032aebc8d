namespace CooperJus.Gateway.Cli.Scaffold;

/// <summary>What <c>cooperjus adapters new</c> was asked for, checked.</summary>
internal sealed record ScaffoldRequest(string Id, SourceShape Shape, string Name, string NationalSystem, string Language, string Repository);
