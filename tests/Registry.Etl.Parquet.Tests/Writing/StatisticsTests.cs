using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Metadata;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Writing;

/// <summary>
/// Column chunk statistics are what engines skip row groups by, so they must be exactly right: min/max
/// in the order parquet.thrift defines per type (signed integers, unsigned UTF-8 bytes for strings, numeric
/// floats without NaN, -0.0/+0.0 for zero bounds), null counts, NaN counts, and none when nothing qualifies.
/// </summary>
public sealed class StatisticsTests
{
    public static TheoryData<int> FieldTypes() => RoundTripTests.FieldTypes();

    [Theory]
    [MemberData(nameof(FieldTypes))]
    public void Statistics_AnyValues_AreTheTrueMinMaxAndNullCountOfEachRowGroup(int type)
    {
        var cases =
            from field in ParquetGenerators.FieldOf(type, "value", nullable: true)
            from rows in Gen.Choose(1, 300)
            from column in ParquetGenerators.ColumnFor(field, rows)
            from options in ParquetGenerators.Options
            select (column, options);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var bytes = ParquetTestFiles.Write([c.column], c.options);
            using var reader = ParquetTestFiles.Open(bytes);
            var start = 0;
            foreach (var group in reader.Metadata.RowGroups)
            {
                var stats = group.Columns[0].Statistics!;
                var expected = ExpectedStatistics.Of(c.column.Field, c.column.Data, start, (int)group.RowCount);
                Assert.Equal(expected.NullCount, stats.NullCount);
                Assert.True(ColumnAssert.SameValue(expected.Min, stats.Min), $"min {ColumnAssert.Show(stats.Min)}, expected {ColumnAssert.Show(expected.Min)}");
                Assert.True(ColumnAssert.SameValue(expected.Max, stats.Max), $"max {ColumnAssert.Show(stats.Max)}, expected {ColumnAssert.Show(expected.Max)}");
                Assert.Equal(expected.NanCount, stats.NanCount);
                start += (int)group.RowCount;
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Statistics_Strings_CompareUtf8BytesUnsignedNotUtf16()
    {
        // UTF-16 ordinal order puts U+FFFF after U+1F600 ("😀" is a surrogate pair, D83D...); UTF-8 byte order
        // (EF BF BF < F0 9F 98 80) puts it before, which is the order the spec defines.
        var stats = SingleChunk(Column.Of(ParquetField.String("s"), ["\uFFFF", "😀", "a", "é"]));

        Assert.Equal("a", stats.Min);
        Assert.Equal("😀", stats.Max);
    }

    [Fact]
    public void Statistics_ZeroBounds_AreWrittenAsNegativeZeroMinAndPositiveZeroMax()
    {
        var stats = SingleChunk(Column.Of(ParquetField.Double("d"), [0.0, -0.0, 0.0]));

        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits((double)stats.Min!));
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.0), BitConverter.DoubleToInt64Bits((double)stats.Max!));
    }

    [Fact]
    public void Statistics_AllNaN_HaveNoMinMaxButCountTheNaNs()
    {
        var stats = SingleChunk(Column.Of(ParquetField.Float("f"), [float.NaN, float.NaN, 1f], [true, true, false]));

        Assert.False(stats.HasMinMax);
        Assert.Equal(2, stats.NanCount);
        Assert.Equal(1, stats.NullCount);
    }

    [Fact]
    public void Statistics_NaNAmongValues_AreIgnoredForMinMax()
    {
        var stats = SingleChunk(Column.Of(ParquetField.Double("d"), [double.NaN, 3, double.NegativeInfinity, double.NaN]));

        Assert.Equal(double.NegativeInfinity, stats.Min);
        Assert.Equal(3.0, stats.Max);
        Assert.Equal(2, stats.NanCount);
    }

    [Fact]
    public void Statistics_AllNull_HaveOnlyTheNullCount()
    {
        var stats = SingleChunk(Column.Of(ParquetField.String("s"), new string?[] { null, null }));

        Assert.False(stats.HasMinMax);
        Assert.Equal(2, stats.NullCount);
    }

    [Fact]
    public void Statistics_WideDecimals_CompareSignedValuesNotBytes()
    {
        var stats = SingleChunk(Column.Of(ParquetField.Decimal("d", 30, 2), [-1.5m, 12345678901234567890123.45m, -99999999999999999999999.99m, 0m]));

        Assert.Equal(-99999999999999999999999.99m, stats.Min);
        Assert.Equal(12345678901234567890123.45m, stats.Max);
    }

    private static ParquetStatistics SingleChunk(TestColumn column)
    {
        using var reader = ParquetTestFiles.Open(ParquetTestFiles.Write([column]));
        return reader.Metadata.RowGroups[0].Columns[0].Statistics!;
    }

    /// <summary>An independent computation of the statistics the spec asks for.</summary>
    private static class ExpectedStatistics
    {
        public static (long NullCount, object? Min, object? Max, long? NanCount) Of(ParquetField field, ParquetColumnData data, int start, int count)
        {
            long nulls = 0;
            long nans = 0;
            object? min = null;
            object? max = null;
            for (var i = start; i < start + count; i++)
            {
                if (data.IsNull(i))
                {
                    nulls++;
                    continue;
                }

                var value = data.GetValue(i)!;
                if (value is double d && double.IsNaN(d) || value is float f && float.IsNaN(f))
                {
                    nans++;
                    continue;
                }

                if (min is null || Compare(value, min) < 0)
                {
                    min = value;
                }

                if (max is null || Compare(value, max) > 0)
                {
                    max = value;
                }
            }

            var isFloat = field.ValueKind is ParquetValueKind.Float or ParquetValueKind.Double;
            return (nulls, ZeroMin(min), ZeroMax(max), isFloat ? nans : null);
        }

        private static int Compare(object a, object b) => (a, b) switch
        {
            (string x, string y) => Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y)),
            (byte[] x, byte[] y) => x.AsSpan().SequenceCompareTo(y),
            (IComparable x, _) => x.CompareTo(b),
            _ => throw new InvalidOperationException("not comparable"),
        };

        private static object? ZeroMin(object? value) => value switch
        {
            double d when d == 0 => -0.0,
            float f when f == 0 => -0f,
            _ => value,
        };

        private static object? ZeroMax(object? value) => value switch
        {
            double d when d == 0 => 0.0,
            float f when f == 0 => 0f,
            _ => value,
        };
    }
}
