using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Pipeline.Stages.Link;

/// <summary>
/// One string column of a resolved source file as ids: the column's distinct values (first occurrence first)
/// and, per row, the id of its value (-1 for null). The blocked read of a national register takes its key
/// columns from here instead of decoding them from Parquet every night: the postcode pseudonym of twenty
/// million LBZ admissions is 1.3 GB of text, its ids 80 MB. Built by <see cref="KeyColumnIndexBuilder"/>.
/// </summary>
/// <remarks>
/// File layout (little-endian): "RKCI", version, row count, value count, value bytes (int64); value offsets
/// (value count + 1 int32); the values' UTF-8 bytes; the row ids (row count int32). The row ids stay on disk
/// and are read a row group at a time; the values are held in memory.
/// </remarks>
internal sealed class KeyColumnIndex : IDisposable
{
    internal const int Version = 1;
    internal const int HeaderBytes = 24;
    internal static ReadOnlySpan<byte> Magic => "RKCI"u8;

    private readonly SafeFileHandle _file;
    private readonly long _idsOffset;
    private readonly int[] _offsets;
    private readonly byte[] _values;
    private readonly string?[] _strings;

    private KeyColumnIndex(string path, SafeFileHandle file, ColumnSchema schema, int rowCount, int[] offsets, byte[] values, long idsOffset)
    {
        Path = path;
        _file = file;
        Schema = schema;
        RowCount = rowCount;
        _offsets = offsets;
        _values = values;
        _idsOffset = idsOffset;
        _strings = new string?[offsets.Length - 1];
    }

    public string Path { get; }

    /// <summary>The column as the Parquet file's reader makes it (name, kind, nullability).</summary>
    public ColumnSchema Schema { get; }

    public int RowCount { get; }

    public int ValueCount => _offsets.Length - 1;

    /// <summary>
    /// Opens an index file, or null when it is missing, of another version or row count, or damaged (wrong
    /// length, offsets out of order): the caller builds it again. Row ids are checked as they are read.
    /// </summary>
    public static KeyColumnIndex? TryOpen(string path, ColumnSchema schema, long expectedRows)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        try
        {
            var length = RandomAccess.GetLength(file);
            Span<byte> header = stackalloc byte[HeaderBytes];
            if (length < HeaderBytes || RandomAccess.Read(file, header, 0) != HeaderBytes || !header[..4].SequenceEqual(Magic))
            {
                return Refuse(file);
            }

            var version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
            var rows = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
            var count = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
            var bytes = BinaryPrimitives.ReadInt64LittleEndian(header[16..]);
            if (version != Version || rows != expectedRows || count < 0 || bytes is < 0 or > int.MaxValue
                || length != HeaderBytes + (4L * (count + 1)) + bytes + (4L * rows))
            {
                return Refuse(file);
            }

            var offsets = new int[count + 1];
            ReadExactly(file, MemoryMarshal.AsBytes(offsets.AsSpan()), HeaderBytes);
            if (!BitConverter.IsLittleEndian || offsets[0] != 0 || offsets[count] != bytes || !Ascending(offsets))
            {
                return Refuse(file);
            }

            var values = GC.AllocateUninitializedArray<byte>((int)bytes);
            ReadExactly(file, values, HeaderBytes + (4L * (count + 1)));
            return new KeyColumnIndex(path, file, schema, rows, offsets, values, HeaderBytes + (4L * (count + 1)) + bytes);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The ids of rows [<paramref name="firstRow"/>, + <paramref name="ids"/>.Length), each checked against the value count.</summary>
    public void ReadIds(int firstRow, Span<int> ids)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstRow);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)firstRow + ids.Length, RowCount);
        ReadExactly(_file, MemoryMarshal.AsBytes(ids), _idsOffset + (4L * firstRow));
        var count = ValueCount;
        foreach (var id in ids)
        {
            if (id < -1 || id >= count)
            {
                Core.Throw.InvalidOperation($"The key index {Path} is damaged (a row id {id} outside 0..{count - 1}); delete it and run again.");
            }
        }
    }

    /// <summary>The UTF-8 bytes of value <paramref name="id"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int id) => _values.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]);

    /// <summary>Value <paramref name="id"/> as a string, made once (rows of one value share it); null for -1.</summary>
    public string? StringOf(int id)
    {
        if (id < 0)
        {
            return null;
        }

        // a race makes two equal strings, one of which is kept: harmless
        return _strings[id] ??= Encoding.UTF8.GetString(Utf8(id));
    }

    /// <summary>
    /// The column of the rows <paramref name="rows"/> (ascending file row numbers), carrying each row's value id
    /// (<see cref="StringColumn.ValueIds"/>), so the linker encodes it without hashing a row.
    /// </summary>
    public StringColumn Column(IReadOnlyList<int> rows)
    {
        const int Chunk = 1 << 20;
        var values = new string?[rows.Count];
        var valueIds = new int[rows.Count];
        var ids = new int[Chunk];
        var loaded = -1; // first row of the chunk in ids
        for (var i = 0; i < values.Length; i++)
        {
            var row = rows[i];
            if (loaded < 0 || row >= loaded + Chunk)
            {
                loaded = row;
                ReadIds(row, ids.AsSpan(0, Math.Min(Chunk, RowCount - row)));
            }

            var id = ids[row - loaded];
            valueIds[i] = id;
            values[i] = StringOf(id);
        }

        return new StringColumn(Schema, values, valueIds, ValueCount);
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Closes every index of an <see cref="KeyColumnIndexes.Open"/> result.</summary>
    public static void DisposeAll(Dictionary<string, KeyColumnIndex> indexes)
    {
        foreach (var index in indexes.Values)
        {
            index.Dispose();
        }
    }

    private static KeyColumnIndex? Refuse(SafeFileHandle file)
    {
        file.Dispose();
        return null;
    }

    private static bool Ascending(int[] offsets)
    {
        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < offsets[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static void ReadExactly(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        while (!buffer.IsEmpty)
        {
            var n = RandomAccess.Read(file, buffer, offset);
            if (n <= 0)
            {
                throw new EndOfStreamException("A key index file ended early.");
            }

            buffer = buffer[n..];
            offset += n;
        }
    }
}
