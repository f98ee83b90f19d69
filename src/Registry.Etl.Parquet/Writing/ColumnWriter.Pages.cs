using Registry.Etl.Parquet.Compression;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Format;

namespace Registry.Etl.Parquet.Writing;

/// <summary>Pages: closing, compressing, the dictionary page, and writing the finished chunk.</summary>
internal abstract partial class ColumnWriter
{
    /// <summary>Min/max (and NaN count) of the chunk's values; the base adds the null count.</summary>
    protected abstract Statistics BuildStatistics();

    /// <summary>Ends the row group for this column: closes the open page and builds the dictionary page.</summary>
    public void Finish()
    {
        if (PageRows > 0 || _pages.Count == 0)
        {
            ClosePage();
        }

        if (_usedDictionary)
        {
            _pageBody.Clear();
            var header = new PageHeader
            {
                Type = PageHeader.DictionaryPage,
                NumValues = DictionaryCount,
                Encoding = (int)ParquetEncoding.Plain,
            };
            _dictionaryPage = Seal(header, DictionaryPage(_pageBody));
        }
    }

    /// <summary>Writes the chunk's pages at <paramref name="position"/> and returns its metadata; then resets for the next row group.</summary>
    public ColumnChunk WriteTo(Stream stream, long position)
    {
        var start = position;
        long uncompressed = 0;
        long? dictionaryOffset = null;
        if (_dictionaryPage is { } dictionary)
        {
            dictionaryOffset = position;
            position += Write(stream, dictionary);
            uncompressed += dictionary.UncompressedSize;
        }

        var dataOffset = position;
        foreach (var page in _pages)
        {
            position += Write(stream, page);
            uncompressed += page.UncompressedSize;
        }

        var statistics = BuildStatistics();
        statistics.NullCount = NullCount;
        var meta = new ColumnMetaData
        {
            Type = (int)Field.PhysicalType,
            Codec = (int)Options.Compression,
            NumValues = RowsInChunk,
            TotalUncompressedSize = uncompressed,
            TotalCompressedSize = position - start,
            DataPageOffset = dataOffset,
            DictionaryPageOffset = dictionaryOffset,
            Statistics = statistics,
        };
        AddEncodings(meta.Encodings);
        meta.PathInSchema.Add(Field.Name);
        ResetChunk();
        return new ColumnChunk { FileOffset = 0, MetaData = meta };
    }

    private void AddEncodings(List<int> encodings)
    {
        // Ascending by number, so the list never depends on the order pages were written in.
        if (_usedPlain || _usedDictionary)
        {
            encodings.Add((int)ParquetEncoding.Plain);
        }

        if (IsOptional)
        {
            encodings.Add((int)ParquetEncoding.Rle);
        }

        if (_usedDictionary)
        {
            encodings.Add((int)ParquetEncoding.RleDictionary);
        }
    }

    private static int Write(Stream stream, EncodedPage page)
    {
        stream.Write(page.Header);
        stream.Write(page.Body);
        return page.Header.Length + page.Body.Length;
    }

    /// <summary>Lets a writer that packs values (booleans) move its last partial byte into <see cref="PlainValues"/>.</summary>
    protected virtual void FlushPendingValues()
    {
    }

    private void ClosePage()
    {
        FlushPendingValues();
        ReadOnlySpan<byte> body;
        ParquetEncoding encoding;
        if (DictionaryMode && DictionaryCount > 0)
        {
            // [levels length][levels][bit width][indices], built in the page body buffer.
            _pageBody.Clear();
            if (IsOptional)
            {
                EncodeLevels();
                _pageBody.WriteInt32(_levelRuns.Length);
                _pageBody.Write(_levelRuns.WrittenSpan);
            }

            var width = BitWidth(DictionaryCount);
            _pageBody.WriteByte((byte)width);
            RleHybridEncoder.Encode(_indices.AsSpan(0, IndexCount), width, _pageBody);
            body = _pageBody.WrittenSpan;
            encoding = ParquetEncoding.RleDictionary;
            _usedDictionary = true;
        }
        else
        {
            // [levels length][levels][values]: the levels go into the headroom before the values, no copy.
            var prefix = 0;
            if (IsOptional)
            {
                EncodeLevels();
                prefix = 4 + _levelRuns.Length;
                var head = PlainValues.HeadroomTail(prefix);
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(head, _levelRuns.Length);
                _levelRuns.WrittenSpan.CopyTo(head[4..]);
            }

            body = PlainValues.WithPrefix(prefix);
            encoding = ParquetEncoding.Plain;
            _usedPlain = true;
        }

        var header = new PageHeader
        {
            Type = PageHeader.DataPage,
            NumValues = PageRows,
            Encoding = (int)encoding,
            DefinitionLevelEncoding = (int)ParquetEncoding.Rle,
            RepetitionLevelEncoding = (int)ParquetEncoding.Rle,
        };
        var page = Seal(header, body);
        _pages.Add(page);
        ClosedPagesBytes += page.UncompressedSize;
        PageRows = 0;
        IndexCount = 0;
        PlainValues.Clear();
    }

    private void EncodeLevels()
    {
        _levelRuns.Clear();
        RleHybridEncoder.EncodeLevels(_levels.AsSpan(0, PageRows), _levelRuns);
    }

    private EncodedPage Seal(PageHeader header, ReadOnlySpan<byte> body)
    {
        var compressed = PageCodec.Compress(Options.Compression, body, Options.GzipLevel);
        header.UncompressedPageSize = body.Length;
        header.CompressedPageSize = compressed.Length;
        _headerWriter.Clear();
        MetadataWriter.WritePageHeader(_headerWriter, header);
        return new EncodedPage(_headerWriter.WrittenSpan.ToArray(), compressed, body.Length);
    }

    private void ResetChunk()
    {
        _pages.Clear();
        _dictionaryPage = null;
        ClosedPagesBytes = 0;
        RowsInChunk = 0;
        NullCount = 0;
        NonNullCount = 0;
        PlainEstimateBytes = 0;
        PageRows = 0;
        IndexCount = 0;
        PlainValues.Clear();
        _nextProbe = FirstDictionaryProbe;
        _usedPlain = false;
        _usedDictionary = false;
        DictionaryMode = DictionaryCapable;
        ClearDictionaryAndStatistics();
    }
}
