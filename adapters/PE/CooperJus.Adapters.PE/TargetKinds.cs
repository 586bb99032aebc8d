namespace CooperJus.Adapters.PE;

/// <summary>Which parties and objects of a request a measure concerns (code list <c>measures</c>, column <c>targets</c>).</summary>
[Flags]
internal enum TargetKinds
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>Every person of the request.</summary>
    Persons = 1,
    /// <summary>Every organisation of the request.</summary>
    Organisations = 2,
    /// <summary>Every cultural object of the request.</summary>
    Assets = 4,
    /// <summary>Every party and object: the meaning of an empty <c>targets</c> cell.</summary>
    All = Persons | Organisations | Assets,
}
