using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Writing;

/// <summary>A writer refuses values it cannot store exactly, says which column and row, and never leaves a file that looks whole.</summary>
public sealed class WriterValidationTests
{
    [Fact]
    public void WriteBatch_NullInRequiredColumn_ThrowsNamingColumnAndRow()
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.Int32("n", nullable: false)));

        var e = Assert.Throws<ArgumentException>(() => writer.WriteBatch(3, [ParquetColumnData.Int32(new[] { 1, 2, 3 }, new[] { true, false, true })]));

        Assert.Contains("'n'", e.Message, StringComparison.Ordinal);
        Assert.Contains("row 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteBatch_NullStringInRequiredColumn_Throws()
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.String("s", nullable: false)));

        Assert.Throws<ArgumentException>(() => writer.WriteBatch(2, [ParquetColumnData.String(new[] { "a", null })]));
    }

    [Fact]
    public void WriteBatch_WrongValueKind_Throws()
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.Date("d")));

        var e = Assert.Throws<ArgumentException>(() => writer.WriteBatch(1, [ParquetColumnData.Int64(new[] { 1L })]));
        Assert.Contains("Int32", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteBatch_FewerValuesThanRows_Throws()
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.Int32("n")));

        Assert.Throws<ArgumentException>(() => writer.WriteBatch(5, [ParquetColumnData.Int32(new[] { 1, 2 })]));
    }

    [Theory]
    [InlineData(8, 128)]
    [InlineData(8, -129)]
    [InlineData(16, 32768)]
    public void WriteBatch_IntegerOutsideItsWidth_Throws(int bitWidth, int value)
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.Integer("i", bitWidth)));

        var e = Assert.Throws<ArgumentException>(() => writer.WriteBatch(2, [ParquetColumnData.Int32(new[] { 0, value })]));
        Assert.Contains("row 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteBatch_DecimalWithMoreDecimalsThanScale_ThrowsRatherThanRounds()
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.Decimal("d", 9, 2)));

        var e = Assert.Throws<ArgumentException>(() => writer.WriteBatch(1, [ParquetColumnData.Decimal(new[] { 1.005m })]));
        Assert.Contains("round", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1.005", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteBatch_DecimalWithTooManyDigits_Throws()
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.Decimal("d", 5, 2)));

        Assert.Throws<ArgumentException>(() => writer.WriteBatch(1, [ParquetColumnData.Decimal(new[] { 1000.00m })]));
    }

    [Fact]
    public void WriteBatch_DecimalWithTrailingZerosBeyondScale_IsExactAndAccepted()
    {
        var bytes = ParquetTestFiles.Write([Column.Of(ParquetField.Decimal("d", 9, 2), [1.500000m, -0.10m, 12m])]);

        Assert.Equal([1.5m, -0.1m, 12m], ParquetTestFiles.ReadAll(bytes).Get<decimal>("d").Values.ToArray());
    }

    [Fact]
    public void WriteBatch_UnpairedSurrogate_ThrowsInsteadOfWritingReplacementCharacters()
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.String("s")));

        var e = Assert.Throws<ArgumentException>(() => writer.WriteBatch(1, [ParquetColumnData.String(new[] { "bad\uD800" })]));
        Assert.Contains("surrogate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteBatch_FixedLengthValueOfWrongLength_Throws()
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.FixedLenByteArray("f", 4)));

        Assert.Throws<ArgumentException>(() => writer.WriteBatch(1, [ParquetColumnData.Binary(new byte[]?[] { [1, 2, 3] })]));
    }

    [Fact]
    public void WriteBatch_AfterAFailedBatch_IsRefused()
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.Integer("i", 8)));
        Assert.Throws<ArgumentException>(() => writer.WriteBatch(1, [ParquetColumnData.Int32(new[] { 1000 })]));

        Assert.Throws<InvalidOperationException>(() => writer.WriteBatch(1, [ParquetColumnData.Int32(new[] { 1 })]));
        Assert.Throws<InvalidOperationException>(writer.Complete);
    }

    [Fact]
    public void Complete_Twice_IsRefused()
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.Int32("i")));
        writer.Complete();

        Assert.Throws<InvalidOperationException>(writer.Complete);
    }

    [Fact]
    public void CreateFile_DisposedWithoutComplete_LeavesNoFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"registry-etl-{Guid.NewGuid():N}.parquet");
        using (var writer = ParquetFileWriter.CreateFile(path, new ParquetSchema(ParquetField.Int32("i"))))
        {
            writer.WriteBatch(1, [ParquetColumnData.Int32(new[] { 1 })]);
        }

        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public void CreateFile_Completed_AppearsWhole()
    {
        var path = Path.Combine(Path.GetTempPath(), $"registry-etl-{Guid.NewGuid():N}.parquet");
        try
        {
            using (var writer = ParquetFileWriter.CreateFile(path, new ParquetSchema(ParquetField.Int32("i"))))
            {
                writer.WriteBatch(2, [ParquetColumnData.Int32(new[] { 1, 2 })]);
                Assert.False(File.Exists(path));
                writer.Complete();
            }

            Assert.False(File.Exists(path + ".partial"));
            using var reader = Registry.Etl.Parquet.Reading.ParquetFileReader.Open(path);
            Assert.Equal(2, reader.Metadata.RowCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Footer_CarriesCreatedByAndKeyValueMetadataInOrder()
    {
        var options = new ParquetWriterOptions { KeyValueMetadata = [new("b", "2"), new("a", "1")] };
        using var stream = new MemoryStream();
        using (var writer = new ParquetFileWriter(stream, new ParquetSchema(ParquetField.Int32("i")), options, leaveOpen: true))
        {
            writer.SetMetadata("c", "3");
            writer.SetMetadata("b", "two");
            writer.Complete();
        }

        using var reader = ParquetTestFiles.Open(stream.ToArray());
        Assert.Equal([new("b", "two"), new("a", "1"), new("c", "3")], reader.Metadata.KeyValueMetadata);
        Assert.Matches(@"^registry-etl version \d+\.\d+\.\d+\S* \(build \S+\)$", reader.Metadata.CreatedBy);
    }

    [Fact]
    public void Options_UnsupportedCodec_IsRefusedWithItsName()
    {
        var e = Assert.Throws<ParquetNotSupportedException>(() =>
            new ParquetFileWriter(new MemoryStream(), new ParquetSchema(ParquetField.Int32("i")), new ParquetWriterOptions { Compression = ParquetCompression.Zstd }));

        Assert.Contains("Zstd", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_DuplicateNames_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => new ParquetSchema(ParquetField.Int32("a"), ParquetField.String("a")));
    }
}
