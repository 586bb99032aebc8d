namespace CooperJus.Adapters.PE;

/// <summary>What a row of the export describes besides its request (code list <c>row-types</c>, column <c>kind</c>).</summary>
internal enum RowKind
{
    /// <summary>A natural person: goes to <c>persons[]</c>.</summary>
    Person,
    /// <summary>A company: goes to <c>organisations[]</c>.</summary>
    Organisation,
    /// <summary>A cultural object: goes to <c>assets[]</c> with type <c>cultural-object</c>.</summary>
    CulturalObject,
}
