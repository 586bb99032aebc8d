using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Audit;

/// <summary>One gateway pair for every `cooperjus audit` test: starting two gateways is the slow part.</summary>
[SetUpFixture]
public sealed class AuditCliSetup
{
    private static AuditedGateways? s_pair;

    internal static AuditedGateways Pair => s_pair ?? throw new InvalidOperationException("the audited gateway pair is not started");

    [OneTimeSetUp]
    public async Task StartAsync() => s_pair = await AuditedGateways.StartAsync(forTheCommandLine: true);

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (s_pair is not null) await s_pair.DisposeAsync();
        s_pair = null;
    }
}
