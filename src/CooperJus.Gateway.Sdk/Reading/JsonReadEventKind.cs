namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>What a <see cref="JsonRecordReader"/> or a <see cref="JsonLinesReader"/> found.</summary>
public enum JsonReadEventKind
{
    /// <summary>
    /// A scalar member of the root object other than the array of records (a header value such as a layout version),
    /// or an object or array member, which is skipped (its text is null).
    /// </summary>
    HeaderValue,

    /// <summary>The array of records begins: the header members before it are complete.</summary>
    RecordsStart,

    /// <summary>One complete record, with its exact bytes: <see cref="JsonRecordReader.Open"/> reads it.</summary>
    Record,

    /// <summary>A record larger than <see cref="JsonRecordReaderOptions.MaxRecordBytes"/>: skipped, its bytes not kept.</summary>
    OversizedRecord,

    /// <summary>A JSON Lines line that is not one JSON value: the line is rejected, the next ones are read.</summary>
    InvalidRecord,

    /// <summary>A problem with the file as a whole (<see cref="JsonReadEvent.Fatal"/> when nothing more can be read).</summary>
    Problem,
}
