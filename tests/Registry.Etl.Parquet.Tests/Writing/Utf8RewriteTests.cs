using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Parquet;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Writing;

/// <summary>
/// Strings read as UTF-8 slices are the strings, and written back they give the very file the strings give: for any
/// column types, nulls, options (dictionary fallbacks, page and row-group sizes) and batch cuts.
/// </summary>
public sealed class Utf8RewriteTests
{
    [Fact]
    public void Rewrite_WithUtf8Slices_SameValuesAndSameBytesAsWithStrings()
    {
        var cases =
            from rows in Gen.Choose(0, 4000)
            from count in Gen.Choose(1, 5)
            from fields in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => i == 0 ? Gen.Elements(true, false).Select(n => ParquetField.String("s", n)) : ParquetGenerators.AnyField($"c{i}")))
            from columns in Gen.CollectToArray(fields.Select(f => ParquetGenerators.ColumnFor(f, rows)))
            from source in ParquetGenerators.Options
            from target in ParquetGenerators.Options
            from threads in Gen.Elements(1, 2)
            from cuts in ParquetGenerators.BatchSizes
            select (columns, source, target, threads, cuts);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var file = ParquetTestFiles.Write(c.columns, c.source);
            var viaStrings = Rewrite(file, c.target, c.cuts, utf8: false, c.threads);
            var viaUtf8 = Rewrite(file, c.target, c.cuts, utf8: true, c.threads);
            Assert.Equal(viaStrings, viaUtf8);

            using var reader = ParquetTestFiles.Open(file);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                var strings = reader.ReadRowGroup(g);
                var slices = reader.ReadRowGroup(g, c.threads, utf8Strings: true);
                for (var col = 0; col < c.columns.Length; col++)
                {
                    Assert.Equal(c.columns[col].Field.ValueKind == ParquetValueKind.String, slices[col] is ParquetUtf8Data);
                    Assert.Null(ColumnAssert.Difference(strings[col], slices[col], c.columns[col].Field.Name));
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Rewrite_RepeatedValuesSharingSlices_KeepTheDictionaryOfTheStrings()
    {
        // a dictionary-encoded chunk: its rows share slices, which the writer matches without hashing; the values
        // in between (not shared: a PLAIN page after the dictionary overflowed) are looked up by content
        var values = Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? $"uniek-{i}" : $"code-{i % 40}").ToArray();
        TestColumn[] columns = [Column.Of(ParquetField.String("s", nullable: false), values)];
        var file = ParquetTestFiles.Write(columns, new ParquetWriterOptions { MaxDictionaryBytes = 64 * 1024 });
        var target = new ParquetWriterOptions { MaxDictionaryBytes = 1 << 20 };

        var viaUtf8 = Rewrite(file, target, [1000, 7], utf8: true, threads: 1);

        Assert.Equal(Rewrite(file, target, [1000, 7], utf8: false, threads: 1), viaUtf8);
        using var reader = ParquetTestFiles.Open(viaUtf8);
        Assert.Equal(values, reader.ReadAll().Get<string?>("s").Values.ToArray());
    }

    [Fact]
    public void ReadRowGroup_Utf8StringsOfADictionaryChunk_GiveEachRowItsEntry()
    {
        // nulls between the values, and a PLAIN page once the dictionary is full: those rows have no entry
        var values = Enumerable.Range(0, 9_000).Select(i => i % 5 == 0 ? null : i % 3 == 0 ? $"uniek-{i}" : $"code-{i % 40}").ToArray();
        TestColumn[] columns = [Column.Of(ParquetField.String("s", nullable: true), values)];
        var file = ParquetTestFiles.Write(columns, new ParquetWriterOptions { MaxDictionaryBytes = 4 * 1024, PageSizeBytes = 2048 });
        using var reader = ParquetTestFiles.Open(file);

        var data = Assert.IsType<ParquetUtf8Data>(reader.ReadRowGroup(0, 1, utf8Strings: true)[0]);

        var entries = data.Entries.Span;
        Assert.Equal(values.Length, entries.Length);
        var bytesOfEntry = new Dictionary<int, string>();
        for (var row = 0; row < values.Length; row++)
        {
            if (values[row] is null)
            {
                Assert.Equal(-1, entries[row]);
                continue;
            }

            Assert.Equal(values[row], System.Text.Encoding.UTF8.GetString(data[row]));
            if (entries[row] >= 0)
            {
                Assert.InRange(entries[row], 0, data.EntryCount - 1);
                Assert.Equal(bytesOfEntry.TryAdd(entries[row], values[row]!) ? values[row] : bytesOfEntry[entries[row]], values[row]);
            }
        }

        var plainRows = Enumerable.Range(0, values.Length).Count(row => values[row] is not null && data.Entries.Span[row] < 0);
        Assert.InRange(plainRows, 1, values.Length); // the rows after the dictionary filled
        Assert.True(bytesOfEntry.Count > 40);
    }

    [Fact]
    public void Rewrite_ChunksWhoseEntriesOverlap_EachEntryMappedWithinItsOwnChunk()
    {
        // two source row groups, each with its own dictionary (entry 0 is a different value in each), written into one
        // row group: an entry's index in the new dictionary holds for the chunk it came from only. More distinct values
        // than the recent-slice slots, as a birth-date pseudonym column has.
        var values = Enumerable.Range(0, 80_000).Select(i => i < 40_000 ? $"a-{(i * 7919) % 20_000}" : $"b-{(i * 104_729) % 25_000}").ToArray();
        TestColumn[] columns = [Column.Of(ParquetField.String("s", nullable: false), values)];
        var file = ParquetTestFiles.Write(columns, new ParquetWriterOptions { MaxRowGroupRows = 40_000, MaxDictionaryBytes = 4 << 20 });
        var target = new ParquetWriterOptions { MaxDictionaryBytes = 4 << 20 };

        var viaUtf8 = Rewrite(file, target, [10_000, 333], utf8: true, threads: 1);

        Assert.Equal(Rewrite(file, target, [10_000, 333], utf8: false, threads: 1), viaUtf8);
        using var reader = ParquetTestFiles.Open(viaUtf8);
        Assert.Equal(1, reader.RowGroupCount);
        Assert.Equal(values, reader.ReadAll().Get<string?>("s").Values.ToArray());
    }

    [Fact]
    public void Rewrite_DictionaryThatPaysOnlyBySize_KeptAsWithStrings()
    {
        // half the values new: past the writer's settled probe (65,536 values) the dictionary stays only because its
        // entries and indices are smaller than the PLAIN values would be, which the slice loop must count as the string loop does
        var values = Enumerable.Range(0, 140_000).Select(i => (i / 2).ToString("x5", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        TestColumn[] columns = [Column.Of(ParquetField.String("s", nullable: false), values)];
        var file = ParquetTestFiles.Write(columns, new ParquetWriterOptions { EnableDictionary = false });
        var target = new ParquetWriterOptions { MaxDictionaryBytes = 4 << 20 };

        var viaUtf8 = Rewrite(file, target, [65_536], utf8: true, threads: 1);

        Assert.Equal(Rewrite(file, target, [65_536], utf8: false, threads: 1), viaUtf8);
        using var reader = ParquetTestFiles.Open(viaUtf8);
        Assert.Contains(reader.Metadata.RowGroups[0].Columns[0].Encodings, e => e is ParquetEncoding.RleDictionary or ParquetEncoding.PlainDictionary);
    }

    [Fact]
    public void ReadRowGroup_Utf8StringsWithInvalidBytes_FailsAsTheStringReaderDoes()
    {
        TestColumn[] columns = [Column.Of(ParquetField.Binary("s", nullable: false), [[0x61], [0xC3, 0x28], [0x62]])];
        var file = RawParquetFile.EditFooter(ParquetTestFiles.Write(columns, new ParquetWriterOptions { EnableDictionary = false }), m =>
        {
            m.Schema[1].ConvertedType = 0; // UTF8
            m.Schema[1].LogicalTypeId = 1; // STRING
        });
        using var reader = ParquetTestFiles.Open(file);

        var strings = Assert.Throws<ParquetFormatException>(() => reader.ReadRowGroup(0));
        var slices = Assert.Throws<ParquetFormatException>(() => reader.ReadRowGroup(0, 1, utf8Strings: true));

        var ids = Assert.Throws<ParquetFormatException>(() => reader.ReadStringIds(0, 0, _ => 0)); // a PLAIN page's values at once

        Assert.Equal(strings.Message, slices.Message);
        Assert.Equal(strings.Message, ids.Message);
        Assert.Contains("not valid UTF-8", slices.Message, StringComparison.Ordinal);
    }

    /// <summary>Reads <paramref name="file"/> row group by row group and writes its rows, cut into <paramref name="cuts"/> (cycled), to a new file.</summary>
    private static byte[] Rewrite(byte[] file, ParquetWriterOptions options, int[] cuts, bool utf8, int threads)
    {
        using var reader = ParquetTestFiles.Open(file);
        using var stream = new MemoryStream();
        using (var writer = new ParquetFileWriter(stream, reader.Schema, options, leaveOpen: true))
        {
            var k = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                var batch = reader.ReadRowGroup(g, threads, utf8);
                for (var start = 0; start < batch.RowCount;)
                {
                    var n = Math.Min(cuts[k++ % cuts.Length], batch.RowCount - start);
                    writer.WriteBatch(n, [.. batch.Columns.Select(column => column.Slice(start, n))]);
                    start += n;
                }
            }

            writer.Complete();
        }

        return stream.ToArray();
    }
}
