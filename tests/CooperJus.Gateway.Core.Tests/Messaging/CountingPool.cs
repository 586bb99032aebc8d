using System.Buffers;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>A pool that counts what is rented and given back, and the bytes of what it rents.</summary>
internal sealed class CountingPool : ArrayPool<byte>
{
    public int Rented { get; private set; }

    public int Returned { get; private set; }

    public long BytesRented { get; private set; }

    public override byte[] Rent(int minimumLength)
    {
        Rented++;
        BytesRented += minimumLength;
        return new byte[minimumLength + 7]; // longer than asked, as pools' arrays are
    }

    public override void Return(byte[] array, bool clearArray = false) => Returned++;
}
