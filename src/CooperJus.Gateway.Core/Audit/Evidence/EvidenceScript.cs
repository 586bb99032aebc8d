using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CooperJus.Gateway.Core.Audit.Evidence;

/// <summary>
/// The bundle's <c>verify.sh</c>: re-checks the chain segment with POSIX <c>sh</c> and <c>sha256sum</c>, <c>grep</c>,
/// <c>sed</c>, <c>head</c>, <c>tail</c>, <c>ls</c> (and <c>base64 -d</c> for the checkpoint's payload), so an auditor
/// needs nothing from the gateway to trust it. It checks hashes and completeness, not signatures: the README says how
/// to check those.
/// </summary>
/// <remarks>
/// <para>
/// The headers are compact JSON written in a fixed order with every string escaped, so <c>"prev":"…"</c>,
/// <c>"requestId":"…"</c> and <c>"body":{"sha256":"…"</c> occur once and cannot be forged inside a fact's value: plain
/// <c>sed</c> patterns and <c>case</c> patterns read them reliably.
/// </para>
/// <para>
/// Checking only that what is present is intact would let whoever holds the bundle drop evidence (a receipt's body,
/// the events at the start of the segment) and fix <c>SHA256SUMS</c>, which is not signed. So the script also knows,
/// from the export, where the segment starts, where it ends, and which of the request's bodies retention had already
/// pruned; every other body an event of the request records must be there.
/// </para>
/// </remarks>
internal static class EvidenceScript
{
    private const string Head = """
        #!/bin/sh
        # Re-checks this evidence bundle's hash chain with ordinary tools (sh, sha256sum, grep, sed, head, tail, ls, base64).
        #  1. events/ holds every audit event from the first one of this export to the one checkpoint.jws signs, none
        #     missing: events/N.json are the exact header bytes of consecutive events, each named after its "seq", and
        #     the SHA-256 of each one must be the "prev" written in the next one.
        #  2. every event of this request (its "requestId", or the "messageId" of one of its messages) whose header
        #     records a "body" must have its body in bodies/, unless retention had pruned it before the export (listed
        #     below); every bodies/N.* must hash to the "body":{"sha256":...} of its header events/N.json, and the files
        #     with plain names (original.txt, canonical.json, ...) must be the same bytes as the body they copy.
        #  3. the SHA-256 of the last event must be the "head" in the payload of checkpoint.jws, for the same event.
        # It does not check signatures: verify checkpoint.jws with gateway-public-key.jwk as README.md says, otherwise
        # anyone could have rewritten the whole bundle consistently.
        # This script and SHA256SUMS are NOT signed: they are conveniences. Compare this script with the procedure the
        # gateway publishes (docs/audit-trail.md), or do the steps of README.md by hand.
        # Prints OK, or the first failure naming the file, and then exits non-zero.
        LC_ALL=C
        export LC_ALL
        case $0 in */*) cd "${0%/*}" || exit 2 ;; esac

        fail() { echo "FAILED: $*"; exit 1; }
        hash_of() { sha256sum "$1" | sed 's/ .*//'; }
        seq_of() { sed -n 's/^{"seq":\([0-9][0-9]*\),.*$/\1/p' "$1" | head -n 1; }
        prev_of() { sed -n 's/^.*"prev":"\([0-9a-f]*\)".*$/\1/p' "$1" | head -n 1; }
        body_hash_of() { sed -n 's/^.*"body":{"sha256":"\([0-9a-f]*\)".*$/\1/p' "$1" | head -n 1; }
        records_body() { grep -q '"body":{' "$1"; }
        # The part of a header before "actor": its identifiers, without the facts (whose names are free).
        identifiers_of() { sed 's/,"actor":".*$//' "$1"; }
        has_body() {
            for candidate in bodies/"$1".*; do [ -f "$candidate" ] && return 0; done
            return 1
        }
        # The name the export gives the body of event $1 (header $2), for the message when it is missing.
        body_name_of() {
            case $(sed -n 's/^.*"body":{.*"mediaType":"\([^"]*\)".*$/\1/p' "$2" | head -n 1) in
                text/plain*) echo "bodies/$1.txt" ;;
                application/json*) echo "bodies/$1.json" ;;
                application/jose*) echo "bodies/$1.jws" ;;
                *) echo "bodies/$1.*" ;;
            esac
        }
        check_copy() {
            [ -f "$1" ] || fail "$1 is missing"
            [ "$(hash_of "$1")" = "$(hash_of "$2")" ] || fail "$1 is not the same bytes as $2, the body its event records: $1 was altered"
        }

        """;

    private const string Chain = """

        [ -d events ] || fail "the events folder is missing"
        [ -f checkpoint.jws ] || fail "checkpoint.jws is missing"
        [ -n "$(ls events)" ] || fail "the events folder is empty"

        count=0
        required=0
        last=""
        last_hash=""
        last_seq=""
        for name in $(ls events); do
            file="events/$name"
            seq=$(seq_of "$file")
            [ -n "$seq" ] || fail "$file is not an audit event header (it does not start with {\"seq\":N,): it was altered"
            [ "$name" = "$(printf '%010d.json' "$seq")" ] || fail "$file holds the header of event $seq: it was altered or moved"
            if [ -n "$last" ]; then
                [ "$seq" -eq $((last_seq + 1)) ] || fail "$file (event $seq) follows $last (event $last_seq): an event is missing"
                prev=$(prev_of "$file")
                [ "$prev" = "$last_hash" ] || fail "$file says the event before it hashed to ${prev:-nothing}, but $last hashes to $last_hash: $last or $file was altered"
            else
                [ "$seq" -eq "$first_seq" ] || fail "events/$(printf '%010d' "$first_seq").json is missing: the bundle was exported from event $first_seq, but events/ starts at $file (event $seq): events were removed from the start of the segment"
            fi
            if is_ours "$file" && records_body "$file"; then
                case $pruned in
                    *" $seq "*) ;;
                    *) has_body "${name%.json}" || fail "$(body_name_of "${name%.json}" "$file") is missing: $file is an event of this request and records a body, which retention had not pruned when the bundle was exported: it was removed" ;;
                esac
                required=$((required + 1))
            fi
            last="$file"
            last_hash=$(hash_of "$file")
            last_seq=$seq
            count=$((count + 1))
        done
        [ "$last_seq" -eq "$checkpoint_seq_exported" ] || fail "events/$(printf '%010d' "$checkpoint_seq_exported").json is missing: the bundle was exported up to event $checkpoint_seq_exported, but events/ ends at $last (event $last_seq): events were removed from the end of the segment"
        [ "$count" -eq $((checkpoint_seq_exported - first_seq + 1)) ] || fail "events/ holds $count headers, but events $first_seq to $checkpoint_seq_exported are $((checkpoint_seq_exported - first_seq + 1))"

        bodies=0
        for name in $(ls bodies 2>/dev/null); do
            file="bodies/$name"
            header="events/${name%%.*}.json"
            [ -f "$header" ] || fail "$file has no header $header in this bundle"
            want=$(body_hash_of "$header")
            got=$(hash_of "$file")
            [ "$want" = "$got" ] || fail "$file hashes to $got, but its header $header records ${want:-no body}: $file was altered"
            bodies=$((bodies + 1))
        done

        """;

    private const string Tail = """

        payload=$(head -n 1 checkpoint.jws | sed 's/^[^.]*\.\([^.]*\)\..*$/\1/' | sed 'y|-_|+/|')
        case $((${#payload} % 4)) in 2) payload="$payload==" ;; 3) payload="$payload=" ;; esac
        decoded=$(printf '%s' "$payload" | base64 -d 2>/dev/null) || fail "checkpoint.jws: its payload is not base64url: it was altered"
        checkpoint_seq=$(printf '%s\n' "$decoded" | sed -n 's/^.*"seq":\([0-9][0-9]*\).*$/\1/p' | head -n 1)
        checkpoint_head=$(printf '%s\n' "$decoded" | sed -n 's/^.*"head":"\([0-9a-f]*\)".*$/\1/p' | head -n 1)
        [ "$checkpoint_seq" = "$last_seq" ] || fail "checkpoint.jws covers event ${checkpoint_seq:-?}, but the last event of the bundle is $last_seq ($last)"
        [ "$checkpoint_head" = "$last_hash" ] || fail "$last hashes to $last_hash, but checkpoint.jws says event $checkpoint_seq hashed to ${checkpoint_head:-?}: $last or checkpoint.jws was altered"

        echo "OK: events $first_seq to $last_seq ($count headers) are all here and link up, the $required bodies this request's events record are here (pruned ones aside), $bodies bodies and $copies named files match their headers, and event $last_seq is the head signed in checkpoint.jws."
        echo "Now verify the signature of checkpoint.jws with gateway-public-key.jwk (see README.md)."
        echo "This script and SHA256SUMS are not signed: compare this script with docs/audit-trail.md, or do the steps of README.md by hand."
        exit 0

        """;

    public static string Text(EvidenceExport export)
    {
        var text = new StringBuilder(Head);
        Exported(text, export);
        text.Append(Chain);
        text.Append("copies=0\n");
        foreach (var copy in export.Copies)
            text.Append("check_copy ").Append(copy.File).Append(' ').Append(copy.BodyFile).Append("; copies=$((copies + 1))\n");
        return text.Append(Tail).ToString();
    }

    /// <summary>What the export knew: where the segment starts and ends, the request and its messages, the pruned bodies.</summary>
    private static void Exported(StringBuilder text, EvidenceExport export)
    {
        text.Append("# Written at export: the segment's first event and the event the checkpoint signs, the request and its\n")
            .Append("# messages as their headers name them, and the events whose bodies retention had pruned before the export.\n")
            .Append("first_seq=").Append(export.FirstSequence.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("checkpoint_seq_exported=").Append(export.Checkpoint.Sequence.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("pruned=' ").Append(string.Concat(export.PrunedBodies.Select(s => s.ToString(CultureInfo.InvariantCulture) + " "))).Append("'\n")
            .Append("is_ours() {\n")
            .Append("    case $(identifiers_of \"$1\") in\n")
            .Append("        ").Append(Pattern("requestId", export.RequestId)).Append(") return 0 ;;\n");
        foreach (var messageId in export.MessageIds)
            text.Append("        ").Append(Pattern("messageId", messageId)).Append(") return 0 ;;\n");
        text.Append("    esac\n")
            .Append("    return 1\n")
            .Append("}\n");
    }

    /// <summary>
    /// A <c>case</c> pattern matching <c>"name":"value"</c> as the header writes it (the value JSON-escaped by the same
    /// encoder, which escapes every quote and apostrophe, so the single-quoted pattern is literal).
    /// </summary>
    private static string Pattern(string name, string value) =>
        $"*'\"{name}\":\"{JsonEncodedText.Encode(value)}\"'*";
}
