using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using Registry.Etl.Parquet.Compression;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>
/// Decodes one column chunk: walks its pages (an optional dictionary page first, then data pages v1 or
/// v2; index pages are skipped), checks every size against the bytes that are actually there, and
/// collects exactly the row group's rows.
/// </summary>
internal static class ColumnChunkReader
{
    /// <param name="wanted">The rows whose values the caller needs (null: all); a string column makes no string for the others (they read as null).</param>
    /// <param name="reader">The reader to decode with (null: the one for the field's type).</param>
    public static ParquetColumnData Read(ParquetField field, ColumnMetaData meta, ReadOnlyMemory<byte> chunk, long chunkOffset, int rows, ParquetErrorLocation location, bool[]? wanted = null, ColumnReader? reader = null)
    {
        var codec = (ParquetCompression)meta.Codec;
        reader ??= ColumnReaderFactory.Create(field, location);
        if (!reader.SkipsUnwanted)
        {
            wanted = null;
        }

        // one pooled buffer for the chunk's decompressed pages (each is decoded before the next is decompressed):
        // a new array per 1 MB page was a large-object allocation the runtime zeroed and the kernel mapped in
        byte[]? scratch = null;
        try
        {
            // sized once: growing by doubling page by page allocated about twice the column (and copied it)
            reader.EnsureCapacity(rows);
            var position = 0;
            var filled = 0;
            var dataPages = 0;
            while (filled < rows)
            {
                if (position >= chunk.Length)
                {
                    Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt column chunk: its pages end after {filled} of the row group's {rows} rows"), location.WithOffset(chunkOffset + position));
                }

                var pageOffset = chunkOffset + position;
                var header = MetadataReader.ReadPageHeader(chunk.Span[position..], pageOffset, location, out var headerLength);
                var bodyStart = position + headerLength;
                if (header.CompressedPageSize > chunk.Length - bodyStart)
                {
                    Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt page header: the page claims {header.CompressedPageSize} bytes, the column chunk has {chunk.Length - bodyStart} left"), location.WithOffset(pageOffset));
                }

                var body = chunk.Slice(bodyStart, header.CompressedPageSize);
                var at = location.WithOffset(pageOffset);
                switch (header.Type)
                {
                    case PageHeader.DictionaryPage:
                        if (reader.HasDictionary || dataPages > 0)
                        {
                            Throw.Format("Corrupt column chunk: a dictionary page after the first page", at);
                        }

                        RequireTypeHeader(header, at);
                        if (header.NumValues < 0)
                        {
                            Throw.Format("Corrupt page header: negative dictionary size", at);
                        }

                        if (header.Encoding is not ((int)ParquetEncoding.Plain or (int)ParquetEncoding.PlainDictionary))
                        {
                            Throw.NotSupported($"Dictionary page encoding {ColumnReader<int>.EncodingName((ParquetEncoding)header.Encoding)} is not supported", at);
                        }

                        reader.ReadDictionary(PageCodec.Decompress(codec, body, header.UncompressedPageSize, at, ref scratch).Span, header.NumValues);
                        break;
                    case PageHeader.DataPage:
                        filled += ReadDataPageV1(reader, field, codec, header, body, filled, rows, wanted, at, ref scratch);
                        dataPages++;
                        break;
                    case PageHeader.DataPageV2:
                        filled += ReadDataPageV2(reader, field, codec, header, body, filled, rows, wanted, at, ref scratch);
                        dataPages++;
                        break;
                    default:
                        break; // index pages and unknown page types carry no values
                }

                position = bodyStart + header.CompressedPageSize;
            }

            return reader.Build(rows);
        }
        finally
        {
            PageCodec.ReturnScratch(ref scratch);
            (reader as IDisposable)?.Dispose();
        }
    }

    private static int ReadDataPageV1(ColumnReader reader, ParquetField field, ParquetCompression codec, PageHeader header, ReadOnlyMemory<byte> body, int filled, int rows, bool[]? wanted, ParquetErrorLocation at, ref byte[]? scratch)
    {
        RequireTypeHeader(header, at);
        var count = CheckCount(header.NumValues, filled, rows, at);
        var data = PageCodec.Decompress(codec, body, header.UncompressedPageSize, at, ref scratch).Span;
        var levels = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var nonNull = count;
            if (field.IsNullable)
            {
                if (header.DefinitionLevelEncoding != (int)ParquetEncoding.Rle)
                {
                    Throw.NotSupported($"Definition level encoding {ColumnReader<int>.EncodingName((ParquetEncoding)header.DefinitionLevelEncoding)} is not supported", at);
                }

                if (data.Length < 4)
                {
                    Throw.Format("Corrupt page: definition levels have no length prefix", at);
                }

                var length = BinaryPrimitives.ReadInt32LittleEndian(data);
                if (length < 0 || length > data.Length - 4)
                {
                    Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt page: definition levels claim {length} bytes, {data.Length - 4} remain"), at);
                }

                nonNull = DecodeLevels(data.Slice(4, length), levels.AsSpan(0, count), at);
                data = data[(4 + length)..];
            }

            return Fill(reader, (ParquetEncoding)header.Encoding, data, count, nonNull, levels, filled, field.IsNullable, wanted);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(levels);
        }
    }

    private static int ReadDataPageV2(ColumnReader reader, ParquetField field, ParquetCompression codec, PageHeader header, ReadOnlyMemory<byte> body, int filled, int rows, bool[]? wanted, ParquetErrorLocation at, ref byte[]? scratch)
    {
        RequireTypeHeader(header, at);
        var count = CheckCount(header.NumValues, filled, rows, at);
        var repetition = header.RepetitionLevelsByteLength;
        var definition = header.DefinitionLevelsByteLength;
        if (repetition < 0 || definition < 0 || (long)repetition + definition > body.Length || (long)repetition + definition > header.UncompressedPageSize)
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt page header: level sections of {repetition} + {definition} bytes do not fit the page"), at);
        }

        if (repetition > 0)
        {
            Throw.NotSupported("The page has repetition levels; nested and repeated columns are not supported", at);
        }

        var valuesBody = body[(repetition + definition)..];
        var valuesSize = header.UncompressedPageSize - repetition - definition;
        var values = header.IsCompressed
            ? PageCodec.Decompress(codec, valuesBody, valuesSize, at, ref scratch)
            : PageCodec.Decompress(ParquetCompression.Uncompressed, valuesBody, valuesSize, at, ref scratch);
        var levels = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var nonNull = count;
            if (field.IsNullable)
            {
                nonNull = DecodeLevels(body.Span.Slice(repetition, definition), levels.AsSpan(0, count), at);
            }

            return Fill(reader, (ParquetEncoding)header.Encoding, values.Span, count, nonNull, levels, filled, field.IsNullable, wanted);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(levels);
        }
    }

    private static int Fill(ColumnReader reader, ParquetEncoding encoding, ReadOnlySpan<byte> values, int count, int nonNull, int[] levels, int filled, bool nullable, bool[]? wanted)
    {
        reader.EnsureCapacity(filled + count);
        var dense = wanted is null ? null : ArrayPool<bool>.Shared.Rent(Math.Max(nonNull, 1));
        try
        {
            if (dense is not null)
            {
                // the values are decoded densely (non-null only): the j-th value belongs to the j-th row with level 1
                if (nonNull == count)
                {
                    wanted.AsSpan(filled, count).CopyTo(dense);
                }
                else
                {
                    for (int i = 0, j = 0; i < count; i++)
                    {
                        if (levels[i] != 0)
                        {
                            dense[j++] = wanted![filled + i];
                        }
                    }
                }

                reader.Wanted = dense.AsMemory(0, nonNull);
            }

            reader.ReadValues(encoding, values, nonNull, filled);
        }
        finally
        {
            if (dense is not null)
            {
                reader.Wanted = default;
                ArrayPool<bool>.Shared.Return(dense);
            }
        }

        if (nullable)
        {
            reader.Scatter(filled, nonNull, levels.AsSpan(0, count));
        }

        return count;
    }

    /// <summary>Decodes definition levels (bit width 1 for a flat optional column); returns how many are 1.</summary>
    private static int DecodeLevels(ReadOnlySpan<byte> data, Span<int> levels, ParquetErrorLocation at)
    {
        new RleHybridDecoder(data, 1, at).ReadExactly(levels, "definition levels");
        var nonNull = 0;
        foreach (var level in levels)
        {
            nonNull += level;
        }

        return nonNull;
    }

    private static int CheckCount(int declared, int filled, int rows, ParquetErrorLocation at)
    {
        if (declared < 0 || declared > rows - filled)
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"Corrupt page header: the page declares {declared} values, only {rows - filled} of the row group's {rows} rows remain"), at);
        }

        return declared;
    }

    private static void RequireTypeHeader(PageHeader header, ParquetErrorLocation at)
    {
        if (!header.HasTypeHeader)
        {
            Throw.Format("Corrupt page header: the page-type header is missing", at);
        }
    }
}
