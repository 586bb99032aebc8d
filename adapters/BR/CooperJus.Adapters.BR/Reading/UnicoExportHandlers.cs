using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.BR.Reading;

/// <summary>What one kind of Sistema Único export makes of what <see cref="UnicoExportReader"/> meets in it.</summary>
/// <param name="FileProblem">A problem of the file as a whole: its header, its structure, its syntax.</param>
/// <param name="Record">A record, to be opened through its reader and mapped with the file's header.</param>
/// <param name="RejectedRecord">A record refused unread (beyond the size cap): its pointer, its location, its problem.</param>
internal sealed record UnicoExportHandlers<TResult>(
    Func<Problem, TResult> FileProblem,
    Func<JsonRecordReader, JsonReadEvent, UnicoHeader, TResult> Record,
    Func<string, SourceLocation, Problem, TResult> RejectedRecord);
