using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Versions;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Versions;

/// <summary>
/// Property tests of the versions on the wire: every downgrade is a valid v1 document; every v1 document read as v2 is a
/// valid v2 one; and what v1 can hold survives v1 → v2 → v1 unchanged, to the byte, with nothing reported lost.
/// </summary>
[TestFixture]
public sealed class VersionRoundTripProperties
{
    private const int Iterations = 200;

    [Test]
    public void Every_downgraded_request_is_valid_v1_and_survives_v1_to_v2_to_v1() =>
        VersionGenerators.Request.Sample(
            request => Problems(VersionJson.Of(request), RequestDowngrade.Apply, RequestUpgrade.Apply, VersionJson.RequestV1, VersionJson.RequestV2).Count == 0,
            iter: Iterations,
            print: request => Explain(VersionJson.Of(request), RequestDowngrade.Apply, RequestUpgrade.Apply, VersionJson.RequestV1, VersionJson.RequestV2));

    [Test]
    public void Every_downgraded_response_is_valid_v1_and_survives_v1_to_v2_to_v1() =>
        VersionGenerators.Response.Sample(
            response => Problems(VersionJson.Of(response), ResponseDowngrade.Apply, ResponseUpgrade.Apply, VersionJson.ResponseV1, VersionJson.ResponseV2).Count == 0,
            iter: Iterations,
            print: response => Explain(VersionJson.Of(response), ResponseDowngrade.Apply, ResponseUpgrade.Apply, VersionJson.ResponseV1, VersionJson.ResponseV2));

    private static List<string> Problems(JsonObject v2, Func<JsonObject, VersionConversion> downgrade, Func<JsonObject, VersionConversion> upgrade, string v1Schema, string v2Schema)
    {
        var v1 = downgrade(v2).Document;
        var problems = VersionJson.ViolationsAsync(v1Schema, v1).GetAwaiter().GetResult().Select(p => "v1: " + p).ToList();
        var upgraded = upgrade(v1).Document;
        problems.AddRange(VersionJson.ViolationsAsync(v2Schema, upgraded).GetAwaiter().GetResult().Select(p => "v2: " + p));
        var back = downgrade(upgraded);
        if (back.Document.ToJsonString() != v1.ToJsonString()) problems.Add($"v1 -> v2 -> v1 changed it: {back.Document.ToJsonString()}");
        problems.AddRange(back.Notes.Select(n => $"v1 -> v2 -> v1 reported {n}"));
        return problems;
    }

    private static string Explain(JsonObject v2, Func<JsonObject, VersionConversion> downgrade, Func<JsonObject, VersionConversion> upgrade, string v1Schema, string v2Schema) =>
        string.Join(Environment.NewLine, Problems(v2, downgrade, upgrade, v1Schema, v2Schema).Append(downgrade(v2).Document.ToJsonString()));
}
