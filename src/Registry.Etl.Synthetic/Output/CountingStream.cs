namespace Registry.Etl.Synthetic.Output;

/// <summary>A write-only pass-through that counts bytes.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => Core.Throw.InvalidOperation("Not seekable.");
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => Core.Throw.InvalidOperation<int>("Write-only.");

    public override long Seek(long offset, SeekOrigin origin) => Core.Throw.InvalidOperation<long>("Not seekable.");

    public override void SetLength(long value) => Core.Throw.InvalidOperation("Not seekable.");

    public override void Write(byte[] buffer, int offset, int count)
    {
        inner.Write(buffer, offset, count);
        _length += count;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        _length += buffer.Length;
    }
}
