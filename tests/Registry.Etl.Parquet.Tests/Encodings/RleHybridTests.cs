using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Parquet.Encodings;

namespace Registry.Etl.Parquet.Tests.Encodings;

/// <summary>The RLE/bit-packed hybrid (parquet-format Encodings.md) encodes and decodes any values at any bit width.</summary>
public sealed class RleHybridTests
{
    [Fact]
    public void EncodeThenDecode_AnyValuesAndBitWidth_RoundTrip()
    {
        var cases =
            from width in Gen.Choose(1, 32)
            from values in Gen.ArrayOf(Gen.Frequency(
                (1, Gen.Choose(0, 3)),
                (1, Gen.Choose(int.MinValue, int.MaxValue))).Select(v => width == 32 ? v : (int)((uint)v & ((1u << width) - 1))))
            from runs in Gen.Choose(1, 40)
            select (width, Expand(values, runs));

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            using var buffer = new ByteBuffer();
            RleHybridEncoder.Encode(c.Item2, c.width, buffer);
            var decoded = new int[c.Item2.Length];
            new RleHybridDecoder(buffer.WrittenSpan, c.width, default).ReadExactly(decoded, "values");
            Assert.Equal(c.Item2, decoded);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void EncodeLevelsThenDecode_AnyValidityPattern_RoundTrip()
    {
        Prop.ForAll(Gen.ArrayOf(Gen.Frequency((3, Gen.Constant((byte)1)), (1, Gen.Constant((byte)0)))).ToArbitrary(), levels =>
        {
            using var buffer = new ByteBuffer();
            RleHybridEncoder.EncodeLevels(levels, buffer);
            var decoded = new int[levels.Length];
            new RleHybridDecoder(buffer.WrittenSpan, 1, default).ReadExactly(decoded, "levels");
            Assert.Equal(levels.Select(l => (int)l), decoded);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Encode_LongRun_IsOneRleRun()
    {
        using var buffer = new ByteBuffer();
        RleHybridEncoder.Encode(Enumerable.Repeat(5, 1000).ToArray(), 3, buffer);

        Assert.Equal([0xD0, 0x0F, 0x05], buffer.WrittenSpan.ToArray()); // varint(1000 << 1), value in one byte
    }

    [Fact]
    public void Decode_SpecExample_ReadsBitPackedValues()
    {
        // Encodings.md: values 0..7 at bit width 3 bit-pack to 0x88 0xC6 0xFA after the header (1 group << 1 | 1).
        byte[] bytes = [0x03, 0x88, 0xC6, 0xFA];
        var decoded = new int[8];

        new RleHybridDecoder(bytes, 3, default).ReadExactly(decoded, "values");

        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], decoded);
    }

    [Fact]
    public void Decode_RleValueWiderThanBitWidth_ThrowsFormatException()
    {
        byte[] bytes = [0x04, 0x09]; // run of 2 of value 9 at bit width 3
        Assert.Throws<ParquetFormatException>(() => new RleHybridDecoder(bytes, 3, default).ReadExactly(new int[2], "values"));
    }

    [Fact]
    public void Decode_TooFewValues_ThrowsFormatException()
    {
        byte[] bytes = [0x04, 0x01];
        var e = Assert.Throws<ParquetFormatException>(() => new RleHybridDecoder(bytes, 1, default).ReadExactly(new int[5], "definition levels"));
        Assert.Contains("2 of 5", e.Message, StringComparison.Ordinal);
    }

    private static int[] Expand(int[] values, int runs) =>
        values.SelectMany((v, i) => Enumerable.Repeat(v, i % 3 == 0 ? runs : 1)).ToArray();
}
