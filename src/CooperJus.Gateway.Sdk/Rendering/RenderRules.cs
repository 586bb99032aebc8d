namespace CooperJus.Gateway.Sdk.Rendering;

/// <summary>
/// The rule ids of the warnings a render gives (canonical request → national file). Every adapter uses these and no
/// others, so an office reading a <c>.warnings.txt</c> beside an exported file, or a test, sees one vocabulary
/// whichever country wrote it. Each warning names the canonical field (<see cref="Diagnostics.Problem.CanonicalPath"/>)
/// and, in its message, the request and the field's value.
/// </summary>
/// <remarks>
/// The test for which rule applies is what reading the national file back gives: nothing (or a default) for
/// <see cref="NotCarried"/>, a different value for <see cref="Altered"/>, no request at all for
/// <see cref="RequiredMissing"/>.
/// </remarks>
public static class RenderRules
{
    /// <summary>
    /// <c>render.not-carried</c>: a non-empty canonical field the national format has no place for (or no code for),
    /// left out of the file. Reading the file back gives nothing, or the format's default, for it. The
    /// <see cref="RenderScope"/> gives this warning itself for every non-empty field the adapter did not declare as
    /// carried (see <see cref="CarriedPaths"/>) and did not already warn about.
    /// </summary>
    public const string NotCarried = "render.not-carried";

    /// <summary>
    /// <c>render.altered</c>: a canonical field that is written, but in a changed form, so that reading the file back
    /// gives another value: truncated, joined with other values, split, written as the nearest code the format has,
    /// reformatted, renumbered, or moved to a shared place (one value for several measures).
    /// </summary>
    public const string Altered = "render.altered";

    /// <summary>
    /// <c>render.required-missing</c>: a field the national format requires is empty in the request (for example a
    /// Fortuny <c>Solicitud</c> without <c>Delito</c>): the file is written, but the national system will refuse the
    /// request when it reads it.
    /// </summary>
    public const string RequiredMissing = "render.required-missing";

    /// <summary>Every rule of the vocabulary, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [NotCarried, Altered, RequiredMissing];
}
