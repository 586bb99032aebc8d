using System.Text;

namespace CooperJus.Gateway.Core.Audit.Evidence;

/// <summary>
/// The bundle's <c>verify.sh</c>: re-checks the chain segment with POSIX <c>sh</c> and <c>sha256sum</c>, <c>grep</c>,
/// <c>sed</c>, <c>head</c>, <c>tail</c>, <c>ls</c> (and <c>base64 -d</c> for the checkpoint's payload), so an auditor
/// needs nothing from the gateway to trust it. It checks hashes, not signatures: the README says how to check those.
/// </summary>
/// <remarks>
/// The headers are compact JSON written in a fixed order with every string escaped, so <c>"prev":"…"</c> and
/// <c>"body":{"sha256":"…"</c> occur exactly once and cannot be forged inside a fact's value: plain <c>sed</c>
/// patterns read them reliably.
/// </remarks>
internal static class EvidenceScript
{
    private const string Head = """
        #!/bin/sh
        # Re-checks this evidence bundle's hash chain with ordinary tools (sh, sha256sum, grep, sed, head, tail, ls, base64).
        #  1. events/N.json are the exact header bytes of consecutive audit events: the SHA-256 of each one must be the
        #     "prev" written in the next one.
        #  2. every bodies/N.* must hash to the "body":{"sha256":...} of its header events/N.json, and the files with
        #     plain names (original.txt, canonical.json, ...) must be the same bytes as the body they copy.
        #  3. the SHA-256 of the last event must be the "head" in the payload of checkpoint.jws, for the same event.
        # It does not check signatures: verify checkpoint.jws with gateway-public-key.jwk as README.md says, otherwise
        # anyone could have rewritten the whole bundle consistently.
        # Prints OK, or the first failure naming the file, and then exits non-zero.
        LC_ALL=C
        export LC_ALL
        case $0 in */*) cd "${0%/*}" || exit 2 ;; esac

        fail() { echo "FAILED: $*"; exit 1; }
        hash_of() { sha256sum "$1" | sed 's/ .*//'; }
        seq_of() { sed -n 's/^{"seq":\([0-9][0-9]*\),.*$/\1/p' "$1" | head -n 1; }
        prev_of() { sed -n 's/^.*"prev":"\([0-9a-f]*\)".*$/\1/p' "$1" | head -n 1; }
        body_hash_of() { sed -n 's/^.*"body":{"sha256":"\([0-9a-f]*\)".*$/\1/p' "$1" | head -n 1; }
        check_copy() {
            [ -f "$1" ] || fail "$1 is missing"
            [ "$(hash_of "$1")" = "$(hash_of "$2")" ] || fail "$1 is not the same bytes as $2, the body its event records: $1 was altered"
        }

        [ -d events ] || fail "the events folder is missing"
        [ -f checkpoint.jws ] || fail "checkpoint.jws is missing"
        [ -n "$(ls events)" ] || fail "the events folder is empty"

        count=0
        first_seq=""
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
                first_seq=$seq
            fi
            last="$file"
            last_hash=$(hash_of "$file")
            last_seq=$seq
            count=$((count + 1))
        done

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

        echo "OK: events $first_seq to $last_seq ($count headers) link up, $bodies bodies and $copies named files match their headers, and event $last_seq is the head signed in checkpoint.jws."
        echo "Now verify the signature of checkpoint.jws with gateway-public-key.jwk (see README.md)."
        exit 0

        """;

    public static string Text(EvidenceExport export)
    {
        var text = new StringBuilder(Head);
        text.Append("copies=0\n");
        foreach (var copy in export.Copies)
            text.Append("check_copy ").Append(copy.File).Append(' ').Append(copy.BodyFile).Append("; copies=$((copies + 1))\n");
        return text.Append(Tail).ToString();
    }
}
