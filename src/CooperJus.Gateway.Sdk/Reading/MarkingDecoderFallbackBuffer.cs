using System.Text;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>The buffer of <see cref="MarkingDecoderFallback"/>: one <see cref="MarkingDecoderFallback.Mark"/> per invalid sequence.</summary>
internal sealed class MarkingDecoderFallbackBuffer : DecoderFallbackBuffer
{
    private readonly MarkingDecoderFallback _owner;
    private int _remaining;

    public MarkingDecoderFallbackBuffer(MarkingDecoderFallback owner) => _owner = owner;

    public override int Remaining => _remaining;

    public override bool Fallback(byte[] bytesUnknown, int index)
    {
        _owner.Saw(bytesUnknown);
        _remaining = 1;
        return true;
    }

    public override char GetNextChar()
    {
        if (_remaining == 0) return '\0';
        _remaining--;
        return MarkingDecoderFallback.Mark;
    }

    public override bool MovePrevious()
    {
        if (_remaining != 0) return false;
        _remaining = 1;
        return true;
    }

    public override void Reset() => _remaining = 0;
}
