using System.Buffers.Binary;

namespace Registry.Etl.Parquet.Encodings;

/// <summary>
/// Decodes the RLE/bit-packed hybrid (parquet-format Encodings.md). Bounds-checked: a run that claims
/// more bytes than remain is a <see cref="ParquetFormatException"/>, except a final bit-packed run cut
/// short, whose whole values are still read (some writers omit the padding).
/// </summary>
internal ref struct RleHybridDecoder
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _bitWidth;
    private readonly int _byteWidth;
    private readonly uint _mask;
    private readonly ParquetErrorLocation _location;
    private int _position;
    private int _rleRemaining;
    private int _rleValue;
    private int _packedRemaining;
    private int _packedStart;
    private int _packedIndex;

    public RleHybridDecoder(ReadOnlySpan<byte> data, int bitWidth, ParquetErrorLocation location)
    {
        if (bitWidth is < 0 or > 32)
        {
            Throw.Format($"Corrupt page: RLE bit width {bitWidth} is outside 0..32", location);
        }

        _data = data;
        _bitWidth = bitWidth;
        _byteWidth = (bitWidth + 7) / 8;
        _mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        _location = location;
    }

    /// <summary>Fills <paramref name="output"/> completely, or throws if the data runs out first.</summary>
    public void ReadExactly(Span<int> output, string what)
    {
        var read = Read(output);
        if (read < output.Length)
        {
            Throw.Format($"Corrupt page: {what} end after {read} of {output.Length} values", _location);
        }
    }

    /// <summary>Reads up to output.Length values; returns how many were available.</summary>
    public int Read(Span<int> output)
    {
        var filled = 0;
        while (filled < output.Length)
        {
            if (_rleRemaining > 0)
            {
                var n = Math.Min(_rleRemaining, output.Length - filled);
                output.Slice(filled, n).Fill(_rleValue);
                filled += n;
                _rleRemaining -= n;
            }
            else if (_packedRemaining > 0)
            {
                var n = Math.Min(_packedRemaining, output.Length - filled);
                Unpack(output.Slice(filled, n));
                filled += n;
                _packedRemaining -= n;
            }
            else if (!NextRun())
            {
                break;
            }
        }

        return filled;
    }

    private bool NextRun()
    {
        if (_position >= _data.Length)
        {
            return false;
        }

        var header = ReadVarUInt();
        if ((header & 1) == 0)
        {
            var count = header >> 1;
            if (_position + _byteWidth > _data.Length)
            {
                Throw.Format("Corrupt page: an RLE run's value is cut off", _location);
            }

            uint value = 0;
            for (var b = 0; b < _byteWidth; b++)
            {
                value |= (uint)_data[_position + b] << (8 * b);
            }

            _position += _byteWidth;
            if ((value & ~_mask) != 0)
            {
                Throw.Format($"Corrupt page: RLE value {value} does not fit bit width {_bitWidth}", _location);
            }

            _rleValue = (int)value;
            _rleRemaining = (int)Math.Min(count, int.MaxValue);
            return true;
        }

        var groups = header >> 1;
        var bytes = (long)groups * _bitWidth;
        var available = _data.Length - _position;
        var values = (ulong)groups * 8;
        if (bytes > available)
        {
            // A final run cut short: read the whole values that are there.
            values = _bitWidth == 0 ? values : (ulong)available * 8 / (ulong)_bitWidth;
            bytes = available;
        }

        _packedStart = _position;
        _packedIndex = 0;
        _packedRemaining = (int)Math.Min(values, int.MaxValue);
        _position += (int)bytes;
        return true;
    }

    private void Unpack(Span<int> output)
    {
        if (_bitWidth == 0)
        {
            output.Clear();
            return;
        }

        var packed = _data[_packedStart.._position];
        for (var i = 0; i < output.Length; i++)
        {
            var bit = (long)_packedIndex * _bitWidth;
            var byteIndex = (int)(bit >> 3);
            var shift = (int)(bit & 7);
            ulong word;
            if (byteIndex + 8 <= packed.Length)
            {
                word = BinaryPrimitives.ReadUInt64LittleEndian(packed[byteIndex..]);
            }
            else
            {
                word = 0;
                for (var b = 0; byteIndex + b < packed.Length && b < 8; b++)
                {
                    word |= (ulong)packed[byteIndex + b] << (8 * b);
                }
            }

            output[i] = (int)((uint)(word >> shift) & _mask);
            _packedIndex++;
        }
    }

    private uint ReadVarUInt()
    {
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (_position >= _data.Length)
            {
                Throw.Format("Corrupt page: an RLE run header is cut off", _location);
            }

            var b = _data[_position++];
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        return Throw.Format<uint>("Corrupt page: an RLE run header varint is too long", _location);
    }
}
