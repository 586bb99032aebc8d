using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Reading;

/// <summary>What one kind of SIAF export (solicitudes or respuestas) makes of what <see cref="SiafExportReader"/> meets in it.</summary>
/// <param name="FileProblem">A problem of the file as a whole: its header, its structure, its syntax.</param>
/// <param name="Record">A record, opened by the SDK's reader, with the file's header.</param>
/// <param name="RejectedRecord">A record refused unread (beyond the size cap): its pointer, its location, its problem.</param>
internal sealed record SiafExportHandlers<TResult>(
    Func<Problem, TResult> FileProblem,
    Func<JsonRecord, SiafHeader, TResult> Record,
    Func<string, SourceLocation, Problem, TResult> RejectedRecord);
