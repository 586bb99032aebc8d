using CooperJus.Gateway.Core.Validation;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.Core.Tests.Support;

/// <summary>Validators for tests: the real embedded schema (parsed once) and a clock set a few days after <see cref="SomeRequests.CreatedAt"/>.</summary>
public static class Validators
{
    private static readonly Lazy<ISchemaValidator> SharedSchema = new(() => NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationRequestV2));

    public static DateTimeOffset Today { get; } = new(2024, 3, 20, 12, 0, 0, TimeSpan.Zero);

    public static ISchemaValidator Schema => SharedSchema.Value;

    public static RequestValidator Request() => new(Schema, new FakeTimeProvider(Today));
}
