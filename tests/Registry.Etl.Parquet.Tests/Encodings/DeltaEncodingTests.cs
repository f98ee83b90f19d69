using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Parquet.Encodings;

namespace Registry.Etl.Parquet.Tests.Encodings;

/// <summary>
/// DELTA_BINARY_PACKED and the DELTA byte-array encodings (what arrow-rs and DuckDB write for data page
/// v2), decoded against an encoder written here from the spec (parquet-format Encodings.md).
/// </summary>
public sealed class DeltaEncodingTests
{
    [Fact]
    public void DeltaBinaryPacked_AnyLongs_DecodeToTheEncodedValues()
    {
        var longs = Gen.Frequency(
            (1, Gen.Elements(long.MinValue, long.MaxValue, 0L)),
            (3, Gen.Choose(-1000, 1000).Select(x => (long)x)),
            (2, Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue), (h, l) => ((long)h << 32) | (uint)l)));
        var cases = Gen.Zip(Gen.ArrayOf(longs), Gen.Elements((128, 4), (256, 8), (128, 1)));

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (values, (block, miniblocks)) = c;
            var encoded = DeltaTestEncoder.BinaryPacked(values, block, miniblocks);
            var decoded = new long[values.Length];

            var used = DeltaBinaryPackedDecoder.Decode([.. encoded, 0xAB, 0xCD], decoded, default);

            Assert.Equal(values, decoded);
            Assert.Equal(encoded.Length, used);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void DeltaBinaryPacked_SpecExample_Decodes()
    {
        // Encodings.md example 1: 1..5 -> header (128, 4, 5, first 1), block min delta 1, bit widths 0.
        byte[] bytes = [0x80, 0x01, 0x04, 0x05, 0x02, 0x02, 0x00, 0x00, 0x00, 0x00];
        var decoded = new long[5];

        DeltaBinaryPackedDecoder.Decode(bytes, decoded, default);

        Assert.Equal([1L, 2, 3, 4, 5], decoded);
    }

    [Fact]
    public void DeltaLengthAndDeltaByteArray_AnyStrings_DecodeToTheEncodedBytes()
    {
        var strings = Gen.ArrayOf(Gen.Elements("", "a", "ab", "abc", "abd", "Zoë", "日本語", "prefix-1", "prefix-12"));
        Prop.ForAll(strings.ToArbitrary(), values =>
        {
            var bytes = values.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
            using var lengthPrefixed = new ByteArrayBatch();
            using var incremental = new ByteArrayBatch();

            DeltaByteArrayDecoder.DecodeLengthPrefixed(DeltaTestEncoder.LengthByteArray(bytes), bytes.Length, lengthPrefixed, default);
            DeltaByteArrayDecoder.DecodeIncremental(DeltaTestEncoder.ByteArray(bytes), bytes.Length, incremental, default);

            for (var i = 0; i < bytes.Length; i++)
            {
                Assert.Equal(bytes[i], lengthPrefixed[i].ToArray());
                Assert.Equal(bytes[i], incremental[i].ToArray());
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void DeltaByteArray_PrefixLongerThanPreviousValue_ThrowsFormatException()
    {
        var encoded = DeltaTestEncoder.Concat(DeltaTestEncoder.BinaryPacked([0, 5], 128, 4), DeltaTestEncoder.LengthByteArray([[1], [2]]));
        using var batch = new ByteArrayBatch();

        Assert.Throws<ParquetFormatException>(() => DeltaByteArrayDecoder.DecodeIncremental(encoded, 2, batch, default));
    }

    [Fact]
    public void DeltaBinaryPacked_Truncated_ThrowsFormatException()
    {
        var encoded = DeltaTestEncoder.BinaryPacked(Enumerable.Range(0, 300).Select(i => (long)i * i).ToArray(), 128, 4);

        Assert.Throws<ParquetFormatException>(() => DeltaBinaryPackedDecoder.Decode(encoded.AsSpan(0, encoded.Length / 2), new long[300], default));
    }

    [Fact]
    public void ByteStreamSplit_Doubles_Reassemble()
    {
        double[] values = [1.5, -0.0, double.NaN, 1e300];
        var raw = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        var split = new byte[raw.Length];
        for (var i = 0; i < values.Length; i++)
        {
            for (var k = 0; k < 8; k++)
            {
                split[(k * values.Length) + i] = raw[(i * 8) + k];
            }
        }

        var output = new byte[raw.Length];
        ByteStreamSplitDecoder.Decode(split, values.Length, 8, output, default);

        Assert.Equal(raw, output);
    }
}
