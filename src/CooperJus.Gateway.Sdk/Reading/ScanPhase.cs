namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>Where the <see cref="JsonRecordReader"/> is in the file's structure.</summary>
internal enum ScanPhase
{
    /// <summary>Before the root object's opening brace.</summary>
    BeforeRoot,

    /// <summary>Inside the root object, expecting a member name or its end.</summary>
    RootMember,

    /// <summary>Expecting the value of a root member.</summary>
    RootValue,

    /// <summary>Inside the array of records, expecting an element or the array's end.</summary>
    Records,

    /// <summary>Inside one record, keeping its bytes until it ends.</summary>
    Record,

    /// <summary>Passing over a value that is not kept.</summary>
    Skip,

    /// <summary>After the root object: only white space may follow.</summary>
    AfterRoot,
}
