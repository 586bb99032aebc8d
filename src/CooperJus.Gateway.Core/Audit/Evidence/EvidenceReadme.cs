using System.Globalization;
using System.Text;

namespace CooperJus.Gateway.Core.Audit.Evidence;

/// <summary>The bundle's <c>README.md</c>: what each file is, and how to check it by hand with ordinary tools.</summary>
internal static class EvidenceReadme
{
    private const string JoseSnippet = """
        ```js
        // verify-jws.mjs — run: npm install jose && node verify-jws.mjs checkpoint.jws gateway-public-key.jwk
        import { readFileSync } from 'node:fs';
        import { compactVerify, importJWK } from 'jose';
        const [jwsFile, jwkFile] = process.argv.slice(2);
        const jws = readFileSync(jwsFile, 'utf8').trim();
        const key = await importJWK(JSON.parse(readFileSync(jwkFile, 'utf8')), 'ES256');
        const { payload, protectedHeader } = await compactVerify(jws, key, { algorithms: ['ES256'] });
        console.log(protectedHeader);
        console.log(new TextDecoder().decode(payload));
        ```
        """;

    public static string Text(EvidenceExport export)
    {
        var text = new StringBuilder();
        Line(text, $"# Evidence bundle of request {export.RequestId}");
        Line(text);
        Line(text, $"Written by the CooperJus gateway `{export.Checkpoint.GatewayId}` on {Instant(export.ExportedAt)}"
            + (export.CaseReference is null ? "." : $", for national case reference `{export.CaseReference}`."));
        Line(text, "It lets anyone check, without the gateway, what the gateway recorded about this request and that none of it was altered afterwards.");
        Line(text);
        Describe(text, export);
        Verification(text, export);
        return text.ToString();
    }

    private static void Describe(StringBuilder text, EvidenceExport export)
    {
        Line(text, "## What each file is");
        Line(text);
        foreach (var copy in export.Copies) Line(text, $"- `{copy.File}`: {Meaning(copy.File)} The same bytes as `{copy.BodyFile}`, the body of event {copy.Sequence} (`{copy.Kind}`).");
        Line(text, $"- `events/NNNNNNNNNN.json`: the exact header bytes of every audit event from {export.FirstSequence} (this request's first event) to {export.Checkpoint.Sequence} (the event the checkpoint signs), "
            + $"{export.SegmentLength} in all, other requests' events included: the chain has no gaps. A header says when and what happened, the SHA-256 of the event before it (`prev`) "
            + "and the SHA-256 of its body (`body.sha256`). Headers never hold personal data; bodies do, so the bundle holds the bodies of this request's events only.");
        Line(text, $"- `bodies/NNNNNNNNNN.*`: the bodies of this request's events (the record as exported, the canonical document, the lineage, the signed envelope, the delivery attempts, the receipt), named by event number.");
        Line(text, $"- `checkpoint.jws`: the gateway's signed checkpoint (compact JWS, ES256) saying that on {Instant(export.Checkpoint.At)} event {export.Checkpoint.Sequence} of its log hashed to `{export.Checkpoint.HeadHash}`."
            + (export.CheckpointWritten ? " No checkpoint covered this request yet when the bundle was exported, so the gateway signed this one for the export." : ""));
        Line(text, "- `gateway-public-key.jwk`: the gateway's public key (JWK). It verifies `checkpoint.jws` and what the gateway signed.");
        foreach (var signature in export.Signatures.Where(s => s.KeyFile is not null && s.KeyFile != EvidenceNames.GatewayKey).DistinctBy(s => s.KeyFile))
            Line(text, $"- `{signature.KeyFile}`: the public key of {signature.Signer} (key id `{signature.KeyId}`), as this gateway's partner directory lists it. It verifies `{signature.File}`.");
        Line(text, "- `verify.sh`: re-checks the hash chain, and that nothing is missing, with `sh` and ordinary tools (see below). Not signed.");
        Line(text, "- `SHA256SUMS`: the SHA-256 of every other file, in the format `sha256sum -c` reads. Not signed.");
        if (export.PrunedBodies.Count > 0)
        {
            Line(text);
            Line(text, $"Retention had already removed the bodies of events {string.Join(", ", export.PrunedBodies)} when the bundle was exported: they are left out. "
                + "Their headers still record each body's SHA-256, so the chain verifies all the same; an earlier copy of such a body can still be checked against it.");
        }
        Line(text);
    }

    private static void Verification(StringBuilder text, EvidenceExport export)
    {
        Line(text, "## How to verify it by hand");
        Line(text);
        Line(text, "1. Nothing was damaged in transit: `sha256sum -c SHA256SUMS` (every line must say OK).");
        Line(text, $"2. The chain holds and nothing is missing: `sh verify.sh`. It checks that `events/` holds every event from {export.FirstSequence} to {export.Checkpoint.Sequence} without a gap, "
            + "that the SHA-256 of each `events/N.json` is the `prev` of the next one, that every event of this request whose header records a body has that body in `bodies/` (except the ones retention had pruned before the export) "
            + $"and that each body hashes to the `body.sha256` of its header, that the named files are the same bytes as their bodies, and that the SHA-256 of the last event ({export.Checkpoint.Sequence}) is the `head` in the payload of `checkpoint.jws`. "
            + "It prints OK, or the first failure naming the file.");
        Line(text, "3. The signatures hold, with any JWS verifier (algorithm ES256) and the JWK files given here:");
        foreach (var signature in export.Signatures)
        {
            Line(text, signature.KeyFile is { } key
                ? $"   - `{signature.File}` (signed by {signature.Signer}, key id `{signature.KeyId}`) with `{key}`"
                : $"   - `{signature.File}` (signed by {signature.Signer}, key id `{signature.KeyId}`): that key is not in this bundle; ask the signer for it.");
        }
        Line(text);
        Line(text, "   For example with Node.js and the `jose` package:");
        Line(text);
        foreach (var line in JoseSnippet.Split('\n')) Line(text, "   " + line);
        Line(text);
        Line(text, "   or with smallstep's `step` (`step crypto jws verify --key gateway-public-key.jwk < checkpoint.jws`), or with the `jose` command of the José library (`jose jws ver -i checkpoint.jws -k gateway-public-key.jwk`).");
        Line(text);
        Line(text, "Step 3 is what makes steps 1 and 2 meaningful: whoever could rewrite the bundle could also recompute every hash, but not the gateway's signature over the head of its log. "
            + "Get the gateway's public key from a source you trust (the gateway's operator, or a partner that lists it), not only from this bundle.");
        Line(text);
        Unsigned(text, export);
    }

    /// <summary>What is signed and what is not, and the checks of <c>verify.sh</c> as steps anyone can take without it.</summary>
    private static void Unsigned(StringBuilder text, EvidenceExport export)
    {
        var first = EvidenceNames.Sequence(export.FirstSequence);
        var last = EvidenceNames.Sequence(export.Checkpoint.Sequence);
        Line(text, "## What is signed, and what is not");
        Line(text);
        Line(text, "`SHA256SUMS` and `verify.sh` are NOT signed. They are conveniences, written by the same export as every other file: whoever could alter the bundle could alter them too, "
            + "so an OK from them proves nothing on its own. What proves integrity is the chain of header hashes (each `events/N.json` names the SHA-256 of the one before in `prev`) "
            + "ending at the head signed in `checkpoint.jws`, whose signature you check in step 3 with a key you got from a source you trust.");
        Line(text);
        Line(text, "So before relying on `verify.sh`, compare it with the procedure the gateway publishes (`docs/audit-trail.md` of the CooperJus gateway, sections \"Verifying\" and \"Evidence bundles\"), or do its steps by hand:");
        Line(text);
        Line(text, $"- `ls events` lists `{first}.json` to `{last}.json`, {export.SegmentLength} files, none missing. The export is recorded in the gateway's own log as an `evidence.exported` event "
            + $"with the facts `firstEvent={export.FirstSequence}` and `checkpointEvent={export.Checkpoint.Sequence}`, which the gateway's operator can confirm.");
        Line(text, "- In each file, the number after `{\"seq\":` is the number in its name, and `sha256sum events/N.json` is the `prev` written in the next file.");
        Line(text, $"- The payload of `checkpoint.jws` (the part between the two dots, base64url) has `\"seq\":{export.Checkpoint.Sequence}` and, as `head`, the output of `sha256sum events/{last}.json`.");
        Line(text, $"- Every file of `events/` whose `requestId` is `{export.RequestId}`"
            + (export.MessageIds.Count == 0 ? "" : $", or whose `messageId` is {string.Join(" or ", export.MessageIds.Select(m => $"`{m}`"))},")
            + " and which contains `\"body\":{` has its body `bodies/N.*` beside it"
            + (export.PrunedBodies.Count == 0 ? "" : $" (except events {string.Join(", ", export.PrunedBodies)}, whose bodies retention had removed before the export)")
            + ", and `sha256sum bodies/N.*` is the `sha256` of that `body`.");
        Line(text, "- `original.txt`, `canonical.json` and the other named files are the same bytes as the body they copy (`sha256sum` both).");
    }

    private static string Meaning(string file) => file switch
    {
        EvidenceNames.Original => "the national record exactly as the national system exported it.",
        EvidenceNames.Canonical => "the canonical cooperation request the gateway translated it into (compact JSON).",
        EvidenceNames.Lineage => "the lineage: for each canonical field, the source field(s) it came from, the value as written and the conversion applied.",
        EvidenceNames.Envelope => "the signed envelope (compact JWS) exactly as it went on the wire.",
        EvidenceNames.Receipt => "the signed receipt (compact JWS) for the envelope, exactly as received or sent.",
        _ => "a body of this request.",
    };

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
