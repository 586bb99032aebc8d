using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>One CSV record as <see cref="CsvRecordReader"/> read it, before its fields are given column names.</summary>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Location">File, record number (header = row 1) and the physical line the record starts on.</param>
/// <param name="RawText">The record exactly as read, line break included: its original text.</param>
/// <param name="Problems">Malformed quoting found in the record (<c>csv.bad-quote</c>).</param>
public sealed record CsvRecord(string[] Fields, SourceLocation Location, string RawText, IReadOnlyList<Problem> Problems);
