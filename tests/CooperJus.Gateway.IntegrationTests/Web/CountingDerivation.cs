using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// A stand-in for PBKDF2 that counts the work asked of it (iterations × 32-byte blocks) instead of doing it, so the
/// sign-in cost model is checked exactly and in microseconds. Its output depends on the password, the salt and the
/// iteration count as PBKDF2's does, so right and wrong passwords still tell apart.
/// </summary>
internal sealed class CountingDerivation : IKeyDerivation
{
    private long _work;

    /// <summary>Work asked for since the last <see cref="Reset"/>.</summary>
    public long Work => Interlocked.Read(ref _work);

    /// <summary>Derivations asked for since the last <see cref="Reset"/>: (iterations, bytes).</summary>
    public List<(int Iterations, int Length)> Calls { get; } = [];

    public byte[] Derive(string password, byte[] salt, int iterations, int length)
    {
        var blocks = (length + 31) / 32;
        Interlocked.Add(ref _work, (long)iterations * blocks);
        lock (Calls) Calls.Add((iterations, length));
        var output = new byte[blocks * 32];
        var input = new byte[Encoding.UTF8.GetByteCount(password) + 8];
        Encoding.UTF8.GetBytes(password, input);
        for (var block = 0; block < blocks; block++)
        {
            BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(input.Length - 8), iterations);
            BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(input.Length - 4), block);
            HMACSHA256.HashData(salt, input).CopyTo(output, block * 32);
        }
        return output[..length];
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _work, 0);
        lock (Calls) Calls.Clear();
    }
}
