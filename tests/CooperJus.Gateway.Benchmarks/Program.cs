using CooperJus.Gateway.Benchmarks.Auditing;
using CooperJus.Gateway.Benchmarks.Delivery;
using CooperJus.Gateway.Benchmarks.Memory;
using CooperJus.Gateway.Benchmarks.Reporting;
using CooperJus.Gateway.Benchmarks.Setup;

// The benchmark re-invokes itself with the "memory" sub-command to measure one run's peak memory in a fresh process.
try
{
    if (args is [MemoryCommand.Name, .. var rest]) return MemoryCommand.Run(rest);
    // The delivery benchmark (Delivery/README section); it re-invokes itself as "delivery-receiver" for the receiving gateway.
    if (args is [DeliveryCommand.Name, .. var delivery]) return await DeliveryCommand.RunAsync(delivery);
    if (args is [ReceiverCommand.Name, .. var receiver]) return await ReceiverCommand.RunAsync(receiver);
    // The auditor's search over a million audit events (README, "Audit search").
    if (args is [AuditSearchCommand.Name, .. var auditSearch]) return await AuditSearchCommand.RunAsync(auditSearch);
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(BenchmarkOptions.Usage);
        return 0;
    }
    return BenchmarkRunner.Run(BenchmarkOptions.Parse(args));
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine(e.Message);
    return 3;
}
