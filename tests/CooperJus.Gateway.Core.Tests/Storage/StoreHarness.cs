using System.Security.Cryptography;
using System.Text;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>
/// A real store on a real SQLite file in a fresh temporary folder, with a fake clock. <see cref="OpenAnotherAsync"/>
/// opens a second store on the same file: another "process" with its own writer and connections.
/// </summary>
public sealed class StoreHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly TemporaryFolder _folder = new();
    private readonly List<SqliteGatewayStore> _stores = [];

    private StoreHarness() => Options = new StoreOptions { Path = _folder.Combine("gateway.db") };

    public FakeTimeProvider Clock { get; } = new(Start);

    public StoreOptions Options { get; }

    public SqliteGatewayStore Store => _stores[0];

    public string FolderPath => _folder.Path;

    public static async Task<StoreHarness> CreateAsync(Action<StoreOptions>? configure = null)
    {
        var harness = new StoreHarness();
        configure?.Invoke(harness.Options);
        await harness.OpenAnotherAsync();
        return harness;
    }

    public async Task<SqliteGatewayStore> OpenAnotherAsync()
    {
        var store = await SqliteGatewayStore.OpenAsync(Options, Clock, CancellationToken.None);
        _stores.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores) await store.DisposeAsync();
        _folder.Dispose();
    }

    public static OutgoingMessage Message(string id, string partner = "es", string? requestId = null, TrackedRequest? request = null) =>
        new(id, partner, "cooperation-request", requestId ?? request?.RequestId, Encoding.ASCII.GetBytes($"eyJhbGciOiJFUzI1NiJ9.{id}.sig"), request);

    public static TrackedRequest Request(
        string id, DateOnly? respondBy = null, DateTimeOffset? createdAt = null, RequestDirection direction = RequestDirection.Outgoing,
        RequestStatus? status = null, string partner = "es") =>
        new(id, direction, "CASE-" + id, partner, "ES", respondBy, createdAt ?? Start.AddDays(-1),
            status ?? (direction == RequestDirection.Outgoing ? RequestStatus.Submitted : RequestStatus.Received));

    public static IntakeFile File(string content, string name = "export.csv") =>
        new(name, Encoding.UTF8.GetByteCount(content), Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))));

    public static DeliveryAttempt Attempt(AttemptOutcome outcome, int? status = null, string? error = null) =>
        new(Start, outcome, status, error);

    public static InboundMessage Inbound(string id, string partner = "pe") =>
        new(id, partner, "cooperation-request", "req-" + id, Encoding.ASCII.GetBytes($"jws-of-{id}"), Encoding.UTF8.GetBytes($$"""{"requestId":"req-{{id}}"}"""));

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
