using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>A code list and the column of canonical codes a lookup reads from it.</summary>
internal sealed record CodeListLookup(CodeList List, string Column);
