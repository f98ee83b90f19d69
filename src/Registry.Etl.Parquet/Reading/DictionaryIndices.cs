using Registry.Etl.Parquet.Encodings;

namespace Registry.Etl.Parquet.Reading;

/// <summary>The values section of a dictionary-encoded data page: a bit-width byte, then RLE/bit-packed indices.</summary>
internal static class DictionaryIndices
{
    public static void Decode(ReadOnlySpan<byte> data, Span<int> indices, int dictionaryCount, ParquetErrorLocation location)
    {
        if (indices.IsEmpty)
        {
            return;
        }

        if (dictionaryCount < 0)
        {
            Throw.Format("Corrupt column chunk: a dictionary-encoded page comes without a dictionary page", location);
        }

        if (data.IsEmpty)
        {
            Throw.Format("Corrupt page: dictionary indices are missing", location);
        }

        var decoder = new RleHybridDecoder(data[1..], data[0], location);
        decoder.ReadExactly(indices, "dictionary indices");
        foreach (var index in indices)
        {
            if ((uint)index >= (uint)dictionaryCount)
            {
                Throw.Format($"Corrupt page: dictionary index {index} is outside the dictionary of {dictionaryCount} entries", location);
            }
        }
    }
}
