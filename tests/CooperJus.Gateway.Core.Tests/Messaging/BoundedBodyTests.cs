using System.Security.Cryptography;
using CooperJus.Gateway.Core.Messaging;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>
/// How a partner's body is read: whole and once when within the limit (into one pooled buffer of its declared length),
/// only its head past the limit, and always its length and the SHA-256 of every byte, whatever pieces it arrives in.
/// </summary>
[TestFixture]
public sealed class BoundedBodyTests
{
    private const int Head = 16;

    [Test]
    public async Task A_body_within_the_limit_is_read_into_one_pooled_buffer_of_its_declared_length_given_back_when_disposed()
    {
        var bytes = RandomNumberGenerator.GetBytes(100_000);
        var pool = new CountingPool();

        using (var read = await BoundedBody.ReadAsync(new PieceStream(bytes, 1000), 200_000, bytes.Length, Head, pool, CancellationToken.None))
        {
            Assert.Multiple(() =>
            {
                Assert.That(read.IsWithinLimit, Is.True);
                Assert.That(read.Bytes.ToArray(), Is.EqualTo(bytes));
                Assert.That((pool.Rented, pool.BytesRented), Is.EqualTo((1, (long)bytes.Length)), "one buffer, of the declared length: no copies");
                Assert.That(pool.Returned, Is.Zero);
            });
        }

        Assert.That(pool.Returned, Is.EqualTo(1));
    }

    [Test]
    public async Task A_body_declared_over_the_limit_keeps_only_its_head_and_hashes_every_byte()
    {
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        var pool = new CountingPool();

        using var read = await BoundedBody.ReadAsync(new PieceStream(bytes, 5000), 100_000, bytes.Length, Head, pool, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(read.IsWithinLimit, Is.False);
            Assert.That(read.Bytes.Length, Is.Zero);
            Assert.That(read.Head.ToArray(), Is.EqualTo(bytes[..Head]));
            Assert.That((read.Length, read.Sha256), Is.EqualTo(((long)bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)))));
            Assert.That(pool.Rented, Is.Zero, "nothing of it is held");
        });
    }

    [Test]
    public void Any_body_in_any_pieces_with_or_without_its_length_reads_as_its_bytes_length_and_hash()
    {
        var cases = Gen.Select(Gen.Byte.Array[0, 3000], Gen.Int[1, 2000], Gen.Int[1, 700], Gen.Bool);
        cases.Sample(
            (bytes, limit, piece, declared) =>
            {
                var pool = new CountingPool();
                var read = BoundedBody.ReadAsync(new PieceStream(bytes, piece), limit, declared ? bytes.Length : null, Head, pool, CancellationToken.None).GetAwaiter().GetResult();
                var within = bytes.Length <= limit;
                var holds = read.IsWithinLimit == within
                    && read.Length == bytes.Length
                    && read.Sha256 == Convert.ToHexStringLower(SHA256.HashData(bytes))
                    && read.Bytes.Span.SequenceEqual(within ? bytes : [])
                    && read.Head.Span.SequenceEqual(bytes.AsSpan(0, Math.Min(Head, bytes.Length)));
                read.Dispose();
                return holds && pool.Returned == pool.Rented;
            },
            iter: 500);
    }

    [Test]
    public async Task A_stream_longer_than_its_declared_length_is_read_to_its_end()
    {
        var bytes = RandomNumberGenerator.GetBytes(5000);

        using var read = await BoundedBody.ReadAsync(new PieceStream(bytes, 999), 10_000, 3000, Head, null, CancellationToken.None);

        Assert.That((read.IsWithinLimit, read.Bytes.ToArray()), Is.EqualTo((true, bytes)));
    }
}
