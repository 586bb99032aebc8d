namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>What <see cref="SgfExportGenerator"/> wrote: the files, and per request what the receiving side must show.</summary>
/// <param name="Files">The CSV files, in the order their requests were numbered.</param>
/// <param name="References">Every NRO_SOLICITUD written, once each: the <c>Solicitud/@referencia</c> Spain must export.</param>
/// <param name="Dnis">Every DNI written, as written (with or without its check character).</param>
/// <param name="Rucs">Every RUC written.</param>
internal sealed record GeneratedExport(
    IReadOnlyList<string> Files,
    IReadOnlyList<string> References,
    IReadOnlyList<string> Dnis,
    IReadOnlyList<string> Rucs);
