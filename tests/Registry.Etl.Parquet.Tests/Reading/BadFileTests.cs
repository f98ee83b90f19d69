using System.Buffers.Binary;
using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Reading;

/// <summary>Each kind of damage the issue names gets a ParquetFormatException that says what and where.</summary>
public sealed class BadFileTests
{
    private static readonly byte[] Valid = ParquetTestFiles.Write(
    [
        Column.Of(ParquetField.Int64("id", nullable: false), Enumerable.Range(0, 2000).Select(i => (long)i).ToArray()),
        Column.Of(ParquetField.String("name"), Enumerable.Range(0, 2000).Select(i => i % 5 == 0 ? null : "naam_" + (i % 37)).ToArray()),
    ], new ParquetWriterOptions { MaxRowGroupRows = 1000 });

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(11)]
    [InlineData(100)]
    [InlineData(-1)]
    [InlineData(-9)]
    public void Open_TruncatedFile_ThrowsFormatException(int keep)
    {
        var bytes = Valid[..(keep >= 0 ? keep : Valid.Length + keep)];

        var e = Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));

        Assert.Equal("test.parquet", e.Location.Source);
        Assert.NotNull(e.Offset);
    }

    [Fact]
    public void Open_WrongMagicAtStart_SaysSo()
    {
        var bytes = (byte[])Valid.Clone();
        "PK\u0003\u0004"u8.CopyTo(bytes);

        var e = Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));

        Assert.Contains("wrong magic number at the start", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, e.Offset);
    }

    [Fact]
    public void Open_WrongMagicAtEnd_SaysSo()
    {
        var bytes = (byte[])Valid.Clone();
        bytes[^1] = (byte)'X';

        var e = Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));

        Assert.Contains("at the end", e.Message, StringComparison.Ordinal);
        Assert.Equal(Valid.Length - 4, e.Offset);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Open_CorruptFooterLength_SaysSo(int length)
    {
        var bytes = (byte[])Valid.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(bytes.Length - 8), length);

        var e = Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));

        Assert.Contains("footer length", e.Message, StringComparison.Ordinal);
        Assert.Equal(Valid.Length - 8, e.Offset);
    }

    [Fact]
    public void Open_FooterLengthPointingIntoData_ThrowsFormatException()
    {
        var bytes = (byte[])Valid.Clone();
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 8));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(bytes.Length - 8), length + 57);

        Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));
    }

    [Fact]
    public void ReadRowGroup_CorruptPageHeader_NamesRowGroupColumnAndOffset()
    {
        var bytes = (byte[])Valid.Clone();
        long offset;
        using (var reader = ParquetTestFiles.Open(Valid))
        {
            offset = reader.Metadata.RowGroups[1].Columns[1].StartOffset;
        }

        bytes.AsSpan((int)offset, 6).Fill(0xFF);

        var e = Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));

        Assert.Contains("page header", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.RowGroup);
        Assert.Equal("name", e.Column);
        Assert.InRange(e.Offset!.Value, offset, offset + 6);
    }

    [Theory]
    [InlineData(+1, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, int.MaxValue)]
    [InlineData(0, -3)]
    public void ReadRowGroup_WrongPageSize_ThrowsFormatException(int uncompressedDelta, int compressedDelta)
    {
        var bytes = EditFirstPageHeader(h =>
        {
            h.UncompressedPageSize += uncompressedDelta;
            h.CompressedPageSize = compressedDelta == int.MaxValue ? LargestOfSameLength(h.CompressedPageSize) : h.CompressedPageSize + compressedDelta;
        });

        var e = Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));

        Assert.Equal(0, e.RowGroup);
        Assert.Equal("id", e.Column);
    }

    [Fact]
    public void ReadRowGroup_PagesHoldFewerRowsThanTheFooterSays_SaysHowMany()
    {
        var bytes = EditFirstPageHeader(h => h.NumValues -= 10);

        var e = Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));

        Assert.Contains("990 of the row group's 1000 rows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_RowGroupsDisagreeWithFileRowCount_ThrowsFormatException()
    {
        var bytes = RawParquetFile.EditFooter(Valid, m => m.NumRows = 5);

        var e = Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));
        Assert.Contains("declares 5 rows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ColumnChunkOutsideTheFile_ThrowsFormatException()
    {
        var bytes = RawParquetFile.EditFooter(Valid, m => m.RowGroups[0].Columns[0].MetaData!.TotalCompressedSize = 10_000_000);

        var e = Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));
        Assert.Equal("id", e.Column);
    }

    [Fact]
    public void ReadRowGroup_ZstdCodec_ThrowsNotSupportedNamingCodecAndColumn()
    {
        var bytes = RawParquetFile.EditFooter(Valid, m => m.RowGroups[0].Columns[1].MetaData!.Codec = (int)ParquetCompression.Zstd);

        using var reader = ParquetTestFiles.Open(bytes);
        Assert.Equal(ParquetCompression.Zstd, reader.Metadata.RowGroups[0].Columns[1].Codec);
        var e = Assert.Throws<ParquetNotSupportedException>(() => reader.ReadRowGroup(0));

        Assert.Contains("ZSTD", e.Message, StringComparison.Ordinal);
        Assert.Equal("name", e.Column);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(1)]
    public void Open_NestedColumn_ThrowsNotSupportedNamingIt(int convertedType)
    {
        var bytes = RawParquetFile.EditFooter(Valid, m =>
        {
            m.Schema[0].NumChildren = 3;
            m.Schema.Add(new SchemaElement { Name = "tags", NumChildren = 1, RepetitionType = 1, ConvertedType = convertedType });
            m.Schema.Add(new SchemaElement { Name = "element", Type = 6, RepetitionType = 2 });
        });

        var e = Assert.Throws<ParquetNotSupportedException>(() => ReadEverything(bytes));

        Assert.Contains("'tags'", e.Message, StringComparison.Ordinal);
        Assert.Contains(convertedType == 3 ? "LIST" : "MAP", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_RepeatedColumn_ThrowsNotSupported()
    {
        var bytes = RawParquetFile.EditFooter(Valid, m => m.Schema[2].RepetitionType = 2);

        var e = Assert.Throws<ParquetNotSupportedException>(() => ReadEverything(bytes));
        Assert.Contains("REPEATED", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EncryptedFile_ThrowsNotSupported()
    {
        var bytes = (byte[])Valid.Clone();
        "PARE"u8.CopyTo(bytes);
        "PARE"u8.CopyTo(bytes.AsSpan(bytes.Length - 4));

        var e = Assert.Throws<ParquetNotSupportedException>(() => ReadEverything(bytes));
        Assert.Contains("encrypted", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRowGroup_UnknownValueEncoding_ThrowsNotSupported()
    {
        var bytes = EditFirstPageHeader(h => h.Encoding = 15);

        var e = Assert.Throws<ParquetNotSupportedException>(() => ReadEverything(bytes));
        Assert.Contains("#15", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DateAnnotationOnStrings_ThrowsFormatException()
    {
        var bytes = RawParquetFile.EditFooter(Valid, m =>
        {
            m.Schema[2].LogicalTypeId = 6;
            m.Schema[2].ConvertedType = 6;
        });

        Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));
    }

    [Fact]
    public void Read_Int96Timestamps_AreNanosecondsSinceTheEpoch()
    {
        // 2000-01-02T00:00:01.000000005: Julian day 2451546, 1,000,000,005 ns into the day.
        var body = new byte[12];
        BinaryPrimitives.WriteInt64LittleEndian(body, 1_000_000_005);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(8), 2_451_546);
        var header = new PageHeader { Type = PageHeader.DataPage, UncompressedPageSize = 12, CompressedPageSize = 12, NumValues = 1, Encoding = 0 };
        var bytes = RawParquetFile.SinglePageColumn(new SchemaElement { Name = "t", Type = 3, RepetitionType = 0 }, 1, header, body);

        using var reader = ParquetTestFiles.Open(bytes);
        var value = reader.ReadAll().Get<long>("t")[0];

        Assert.Equal(ParquetPhysicalType.Int96, reader.Schema[0].PhysicalType);
        Assert.Equal(new DateTime(2000, 1, 2, 0, 0, 1, DateTimeKind.Utc).Ticks - DateTime.UnixEpoch.Ticks, (value - 5) / 100);
    }

    [Fact]
    public void Open_RandomBytes_ThrowsFormatException()
    {
        var bytes = new byte[5000];
        new Random(7).NextBytes(bytes);

        Assert.Throws<ParquetFormatException>(() => ReadEverything(bytes));
    }

    /// <summary>The largest i32 whose zigzag varint is as long as <paramref name="value"/>'s.</summary>
    private static int LargestOfSameLength(int value)
    {
        var bytes = 1;
        while ((ulong)value << 1 >= 1UL << (7 * bytes))
        {
            bytes++;
        }

        return (int)((1L << ((7 * bytes) - 1)) - 1);
    }

    internal static void ReadEverything(byte[] bytes)
    {
        using var reader = ParquetTestFiles.Open(bytes);
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            reader.ReadRowGroup(i);
        }
    }

    /// <summary>Rewrites the first data page header of row group 0, column 0 in place (the new header must keep its length).</summary>
    private static byte[] EditFirstPageHeader(Action<PageHeader> edit)
    {
        var bytes = (byte[])Valid.Clone();
        using var reader = ParquetTestFiles.Open(Valid);
        var offset = (int)reader.Metadata.RowGroups[0].Columns[0].StartOffset;
        var header = MetadataReader.ReadPageHeader(bytes.AsSpan(offset), offset, default, out var length);
        if (header.Type == PageHeader.DictionaryPage)
        {
            offset += length + header.CompressedPageSize;
            header = MetadataReader.ReadPageHeader(bytes.AsSpan(offset), offset, default, out length);
        }

        edit(header);
        var rewritten = RawParquetFile.Serialize(w => MetadataWriter.WritePageHeader(w, header));
        Assert.Equal(length, rewritten.Length);
        rewritten.CopyTo(bytes, offset);
        return bytes;
    }
}
