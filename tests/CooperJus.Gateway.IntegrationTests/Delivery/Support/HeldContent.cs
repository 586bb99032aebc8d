using System.Net;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>
/// A request body (with its Content-Length) that sends its first half, then waits until <see cref="Release"/> before
/// sending the rest: a slow sender, held as long as the test needs.
/// </summary>
internal sealed class HeldContent(byte[] body) : HttpContent
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(body.AsMemory(0, body.Length / 2));
        await stream.FlushAsync();
        await _released.Task;
        await stream.WriteAsync(body.AsMemory(body.Length / 2));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = body.Length;
        return true;
    }
}
