using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Delivery;
using CooperJus.Gateway.Core.Inbound;
using CooperJus.Gateway.Core.Intake;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Outbound;
using CooperJus.Gateway.Core.Plugins;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Telemetry;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Everything a running gateway is made of, built from configuration in one place. Every configuration problem is
/// collected and reported in one <see cref="StartupException"/>; a store, key or adapter that cannot be opened stops
/// the start with the reason, rather than a gateway that runs and loses work.
/// </summary>
internal sealed class GatewayServices : IAsyncDisposable
{
    private GatewayServices() { }

    public required GatewayOptions Gateway { get; init; }

    public required MessagingOptions Messaging { get; init; }

    public required IntakeOptions Intake { get; init; }

    public required SqliteGatewayStore Store { get; init; }

    public required GatewayKey Key { get; init; }

    public required PartnerDirectory Partners { get; init; }

    public required Dispatcher Dispatcher { get; init; }

    public required OutboundSubmitter Submitter { get; init; }

    /// <summary>Sends held requests to a partner now serving their country (at start and on a directory reload).</summary>
    public required HeldRequestReleaser HeldReleaser { get; init; }

    public required InboundProcessor Inbound { get; init; }

    public required NationalExporter Exporter { get; init; }

    /// <summary>The national adapter this gateway reads its office's files with and writes them in.</summary>
    public required ICountryAdapter Adapter { get; init; }

    public required HttpClient Http { get; init; }

    public required AuditOptions AuditSettings { get; init; }

    /// <summary>The signed checkpoints of the store's audit log.</summary>
    public required AuditCheckpoints Checkpoints { get; init; }

    public required AuditVerifier AuditVerifier { get; init; }

    /// <summary>The keyed person terms of the audit search index (auditors' searches are made of them too).</summary>
    public required PersonSearchTerms SearchTerms { get; init; }
    /// <summary>The limits of the partner endpoint.</summary>
    public required PartnerEndpointOptions PartnerEndpoint { get; init; }

    /// <summary>The body bytes the partner endpoint may hold at once.</summary>
    public required BodyBudget BodyBudget { get; init; }

    /// <summary>The limits on recording unattributable messages.</summary>
    public required UnattributedEvidenceLimiter UnattributedEvidence { get; init; }

    /// <summary>The unattributable messages those limits did not record, until written to the audit log.</summary>
    public required NotRecordedLedger NotRecorded { get; init; }

    /// <summary>The gateway's meter and instruments.</summary>
    public required GatewayMetrics Metrics { get; init; }

    /// <summary>Where metrics and traces are exported besides the inside listener's <c>/metrics</c>.</summary>
    public required TelemetrySettings Telemetry { get; init; }

    public static async Task<GatewayServices> CreateAsync(IConfiguration configuration, TimeProvider clock, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var read = Read(configuration, clock, problems);
        ListenerProbe.Check(configuration, problems);
        if (problems.Count > 0)
        {
            read.Key?.Dispose();
            throw Failure(problems);
        }
        var (settings, directory, storeOptions, key, adapter) = read;
        var (_, messaging, _, _, audit, _, _) = settings;

        SqliteGatewayStore store;
        try
        {
            store = await SqliteGatewayStore.OpenAsync(storeOptions, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreOpenException e)
        {
            throw Failure([e.Message]);
        }
        PersonSearchTerms searchTerms;
        try
        {
            searchTerms = await PersonSearchIndex.OpenAsync(store.Audit, audit.SearchKeyPath(messaging.PrivateKeyFile), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SearchKeyException or IOException or UnauthorizedAccessException)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw Failure([$"Audit:SearchKeyFile: {e.Message}"]);
        }
        var checkpoints = new AuditCheckpoints(audit.CheckpointPath(store.Path), key!, messaging.GatewayId, audit.PreviousKeys);
        return Compose(settings, PartnerDirectory.Create(directory), store, key!, checkpoints, searchTerms, adapter!, clock);
    }

    /// <summary>
    /// Reads and checks every setting, loads the signing key and the national adapter; adds each problem to
    /// <paramref name="problems"/> (the key and the adapter are null when they could not be loaded). Opens nothing
    /// that would change on disk: <c>run --check-config</c> uses it as it is.
    /// </summary>
    public static ReadConfiguration Read(IConfiguration configuration, TimeProvider clock, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(problems);
        var gateway = OptionsReader.Read<GatewayOptions>(configuration, "Gateway", problems);
        if (ApiKeyRules.Problem(gateway.ApiKey) is { } apiKeyProblem) problems.Add(apiKeyProblem);
        var messaging = OptionsReader.Read<MessagingOptions>(configuration, "Messaging", problems);
        problems.AddRange(messaging.Validate().Select(p => "Messaging: " + p));
        var directory = OptionsReader.Read<PartnerDirectoryOptions>(configuration, "PartnerDirectory", problems);
        problems.AddRange(directory.Validate().Select(p => "PartnerDirectory: " + p));
        var delivery = OptionsReader.Read<DeliveryOptions>(configuration, "Delivery", problems);
        var intake = OptionsReader.Read<IntakeOptions>(configuration, "Intake", problems);
        var storeOptions = OptionsReader.Read<StoreOptions>(configuration, StoreOptions.SectionName, problems);
        var audit = OptionsReader.Read<AuditOptions>(configuration, AuditOptions.SectionName, problems);
        problems.AddRange(audit.Validate().Select(p => "Audit:" + p));
        var partnerEndpoint = OptionsReader.Read<PartnerEndpointOptions>(configuration, PartnerEndpointOptions.SectionName, problems);
        if (partnerEndpoint.MaxBufferedBytes < messaging.MaxEnvelopeBytes)
            problems.Add($"{PartnerEndpointOptions.SectionName}:MaxBufferedBytes is {partnerEndpoint.MaxBufferedBytes}; it must be at least Messaging:MaxEnvelopeBytes ({messaging.MaxEnvelopeBytes}), or no envelope of the largest size could ever be taken.");
        var adapter = NationalAdapter(configuration, gateway, clock, problems);
        GatewayKey? key = null;
        if (messaging.PrivateKeyFile.Length > 0 && !GatewayKey.TryLoad(messaging.PrivateKeyFile, messaging.KeyId, out key, out var keyProblem))
            problems.Add($"Messaging:PrivateKeyFile: {keyProblem}");
        Web.AuditorViewSetup.CheckConfiguration(configuration, problems);
        var proxies = ForwardedHeadersSettings.Read(configuration, problems);
        ListenerChecks.Check(configuration, proxies.AnyProxy, problems);
        var telemetry = TelemetrySettings.Read(configuration, problems);
        return new ReadConfiguration(new Settings(gateway, messaging, intake, delivery, audit, partnerEndpoint, telemetry), directory, storeOptions, key, adapter);
    }

    /// <summary>What <see cref="Read"/> found: the option sections, the partner directory and store settings, the key and the adapter (null when not loaded).</summary>
    internal sealed record ReadConfiguration(Settings Settings, PartnerDirectoryOptions Directory, StoreOptions Store, GatewayKey? Key, ICountryAdapter? Adapter);

    /// <summary>The option sections read from configuration, passed on together.</summary>
    internal sealed record Settings(GatewayOptions Gateway, MessagingOptions Messaging, IntakeOptions Intake, DeliveryOptions Delivery, AuditOptions Audit,
        PartnerEndpointOptions PartnerEndpoint, TelemetrySettings Telemetry);

    private static GatewayServices Compose(Settings settings, PartnerDirectory partners, SqliteGatewayStore store, GatewayKey key,
        AuditCheckpoints checkpoints, PersonSearchTerms searchTerms, ICountryAdapter adapter, TimeProvider clock)
    {
        var (gateway, messaging, intake, delivery, audit, partnerEndpoint, telemetry) = settings;
        var metrics = new GatewayMetrics(store.CountForMetrics, clock);
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 64 }) { Timeout = Timeout.InfiniteTimeSpan };
        var requestValidator = new RequestValidator(NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationRequestV2), clock);
        var responseValidator = ResponseValidator.CreateDefault();
        var dispatcher = new Dispatcher(store, partners, new PartnerTransport(http, messaging.MaxReceiptBytes), new ReceiptVerifier(partners, messaging, clock), delivery, clock, gateway.LeaseOwner, metrics);
        var signer = new EnvelopeSigner(key, messaging.GatewayId, clock);
        var submitter = new OutboundSubmitter(adapter, new Translator(requestValidator), responseValidator, signer, partners, store, searchTerms, clock)
        {
            Metrics = metrics,
        };
        submitter.Queued += dispatcher.Wake;
        var notRecorded = new NotRecordedLedger(clock);
        var unattributed = new UnattributedEvidenceLimiter(partnerEndpoint, notRecorded);
        var bodyBudget = new BodyBudget(partnerEndpoint.MaxBufferedBytes, messaging.MaxEnvelopeBytes);
        var inbound = new InboundProcessor(new EnvelopeVerifier(partners, messaging, clock), new ReceiptSigner(key, messaging.GatewayId), requestValidator, responseValidator, store,
            searchTerms, messaging, unattributed, bodyBudget.Buffers)
        {
            Metrics = metrics,
        };
        return new GatewayServices
        {
            Gateway = gateway,
            Messaging = messaging,
            Intake = intake,
            Store = store,
            Key = key,
            Partners = partners,
            Dispatcher = dispatcher,
            Submitter = submitter,
            HeldReleaser = new HeldRequestReleaser(store, () => partners, new RequestSealer(signer, clock)),
            Inbound = inbound,
            Exporter = new NationalExporter(store, adapter, gateway.ExportFolder),
            Adapter = adapter,
            Http = http,
            AuditSettings = audit,
            Checkpoints = checkpoints,
            AuditVerifier = new AuditVerifier(store.Audit, checkpoints),
            SearchTerms = searchTerms,
            PartnerEndpoint = partnerEndpoint,
            BodyBudget = bodyBudget,
            UnattributedEvidence = unattributed,
            NotRecorded = notRecorded,
            Metrics = metrics,
            Telemetry = telemetry,
        };
    }

    private static ICountryAdapter? NationalAdapter(IConfiguration configuration, GatewayOptions gateway, TimeProvider clock, List<string> problems)
    {
        if (gateway.NationalAdapter.Length == 0) return null;
        var root = AdapterDirectoryLocator.Locate(configuration["Adapters:Path"]);
        var catalog = AdapterCatalog.Load(root, folder => new AdapterContext(folder, new CodeListSource(Path.Combine(folder, "codelists")),
            configuration.GetSection($"Adapters:{Path.GetFileName(folder)}").GetChildren().Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase),
            clock));
        if (catalog.Find(gateway.NationalAdapter) is { } adapter) return adapter;
        var why = catalog.FindRegistration(gateway.NationalAdapter)?.LoadProblem ?? $"no such adapter in {root}";
        problems.Add($"Gateway:NationalAdapter: adapter '{gateway.NationalAdapter}' is not available: {why}");
        return null;
    }

    private static StartupException Failure(IEnumerable<string> problems) =>
        new("The gateway cannot start:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Key.Dispose();
        Metrics.Dispose();
        BodyBudget.Dispose();
        UnattributedEvidence.Dispose();
        await Store.DisposeAsync().ConfigureAwait(false);
    }
}
