using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// The index terms that let an auditor find a request by a person's name or identity number, and the terms of a
/// query. A term is an HMAC-SHA-256 of the normalised word under this gateway's search key, never the word: the index
/// holds no personal data in clear, and searching stays an exact, indexed lookup.
/// </summary>
/// <remarks>
/// <para>
/// Why keyed: identity numbers come from small spaces (a Spanish DNI has 10⁸ values, a Peruvian DNI as many), so a
/// plain hash of one is no protection: whoever reads the store could hash every candidate and match them all in
/// minutes. Under a secret key kept outside the database (<see cref="SearchKeyFile"/>), a copy of the store alone
/// reveals nothing, and guessing needs the key.
/// </para>
/// <para>
/// Normalisation: identity numbers keep only letters and digits, upper case (<c>12.345.678-9</c> = <c>123456789</c>);
/// names are split into words with accents and case removed (<c>JOSÉ Pérez</c> = <c>jose perez</c>). A query with a
/// digit is an identity number; otherwise every word of it must be a word of one of the request's names or aliases.
/// </para>
/// </remarks>
public sealed class PersonSearchTerms
{
    /// <summary>Bytes of a search key.</summary>
    public const int KeyBytes = 32;

    // Hex characters kept of each HMAC: 128 bits, far beyond any collision among a store's terms.
    private const int TermHexLength = 32;

    private readonly byte[] _key;

    /// <summary>Terms under <paramref name="key"/> (<see cref="KeyBytes"/> random bytes).</summary>
    public PersonSearchTerms(ReadOnlySpan<byte> key)
    {
        if (key.Length < KeyBytes) throw new ArgumentException($"A search key has at least {KeyBytes} bytes.", nameof(key));
        _key = key.ToArray();
        Fingerprint = Convert.ToHexStringLower(HMACSHA256.HashData(_key, "cooperjus search key fingerprint"u8), 0, 8);
    }

    /// <summary>
    /// A short public name of the key (an HMAC of a fixed text, not the key): the store records it beside its index,
    /// so the gateway can tell at start whether the index was built with the key it was given.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>The terms of every person of <paramref name="request"/>: identity numbers and the words of names and aliases.</summary>
    public IReadOnlyList<string> Of(CooperationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Of(request.Persons);
    }

    /// <summary>The terms of <paramref name="persons"/>: identity numbers and the words of names and aliases.</summary>
    public IReadOnlyList<string> Of(IEnumerable<Person> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in persons)
        {
            foreach (var document in person.IdentityDocuments) AddIdentity(terms, document.Number);
            foreach (var word in new[] { person.FullName }.Concat(person.Aliases).SelectMany(NameWords)) terms.Add(Term("name", word));
        }
        return [.. terms];
    }

    /// <summary>The terms a query must all match; empty when the query has nothing searchable.</summary>
    public IReadOnlyList<string> OfQuery(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Any(char.IsDigit))
        {
            var number = IdentityKey(query);
            return number.Length == 0 ? [] : [Term("id", number)];
        }
        return NameWords(query).Distinct(StringComparer.Ordinal).Select(w => Term("name", w)).ToList();
    }

    private void AddIdentity(HashSet<string> terms, string number)
    {
        var key = IdentityKey(number);
        if (key.Length > 0) terms.Add(Term("id", key));
    }

    private static string IdentityKey(string number) =>
        string.Concat(number.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();

    private static IEnumerable<string> NameWords(string name)
    {
        var folded = RemoveAccents(name).ToLowerInvariant();
        return folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => string.Concat(w.Where(char.IsLetterOrDigit)))
            .Where(w => w.Length > 0);
    }

    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return string.Concat(kept).Normalize(NormalizationForm.FormC);
    }

    private string Term(string kind, string word) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(kind + ":" + word)))[..TermHexLength];
}
