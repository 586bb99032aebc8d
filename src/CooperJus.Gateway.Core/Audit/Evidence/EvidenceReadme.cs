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
        Line(text, "- `verify.sh`: re-checks the hash chain with `sh` and ordinary tools (see below).");
        Line(text, "- `SHA256SUMS`: the SHA-256 of every other file, in the format `sha256sum -c` reads.");
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
        Line(text, $"2. The chain holds: `sh verify.sh`. It checks that the SHA-256 of each `events/N.json` is the `prev` of the next one, that each body hashes to the `body.sha256` of its header, "
            + $"that the named files are the same bytes as their bodies, and that the SHA-256 of the last event ({export.Checkpoint.Sequence}) is the `head` in the payload of `checkpoint.jws`. "
            + "It prints OK, or the first failure naming the file. You can do the same with your own eyes: `sha256sum events/*.json` and compare with the `prev` written in each next file.");
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
