using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// A document converted to another canonical version, with a note (a warning) for everything the conversion could not
/// carry as it was: the field's canonical path in the ORIGINAL document, the rule and what was done. The notes name
/// paths and codes, never a field's value, so they can be logged and put into audit facts.
/// </summary>
/// <param name="Document">The converted document (a new object: the input is not changed).</param>
/// <param name="Version">The <c>schemaVersion</c> it now carries.</param>
/// <param name="Notes">What was not carried as it was, in document order; empty when nothing was lost.</param>
public sealed record VersionConversion(JsonObject Document, string Version, IReadOnlyList<Problem> Notes);
