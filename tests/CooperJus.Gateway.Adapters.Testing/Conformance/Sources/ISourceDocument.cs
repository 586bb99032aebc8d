using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Adapters.Testing.Conformance.Sources;

/// <summary>A national source file opened for the conformance checks: values looked up by the locations lineage writes.</summary>
internal interface ISourceDocument
{
    /// <summary>The value standing at <paramref name="location"/> (row and column, pointer and property, element and attribute or child).</summary>
    SourceLookup Find(SourceLocation location);

    /// <summary>The field <paramref name="location"/> reads, without indexes: a column, a JSON property path, an XML element or attribute path.</summary>
    string FieldKey(SourceLocation location);

    /// <summary>Every field that holds a non-empty value somewhere in the file, by <see cref="FieldKey"/>, with where it was first seen.</summary>
    IReadOnlyDictionary<string, string> FilledFields { get; }
}
