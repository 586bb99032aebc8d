using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.EC.Reading;

/// <summary>What the root object of a SIAF export says about all its records: the system that wrote them, checked.</summary>
/// <param name="SystemAt">Where <c>sistema</c> was read: every request's <c>issuingAuthority.nationalSystem</c>.</param>
internal sealed record SiafHeader(SourceLocation SystemAt);
