using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Parquet.Compression;

namespace Registry.Etl.Parquet.Tests.Compression;

/// <summary>
/// The writer's own Snappy encoder must give exactly IronSnappy's bytes (same inputs, same Parquet bytes as
/// before it), and decode back to its input.
/// </summary>
public sealed class SnappyEncoderTests
{
    [Fact]
    public void AnyBytes_EncodeAsIronSnappy_AndDecodeBack()
    {
        // repetitive inputs (runs, short alphabets, repeated records) exercise copies; random ones literals
        var bytes = Gen.Frequency(
            (2, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))),
            (3, Gen.ArrayOf(Gen.Choose(48, 52).Select(b => (byte)b))),
            (2, Gen.Zip(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)), Gen.Choose(1, 5000)).Select(t => Repeat(t.Item1, t.Item2))));

        Prop.ForAll(bytes.ToArbitrary(), input =>
        {
            var ours = SnappyEncoder.Encode(input);

            Assert.Equal(IronSnappy.Snappy.Encode(input), ours);
            Assert.Equal(input, IronSnappy.Snappy.Decode(ours));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(300_000)]
    [InlineData(1 << 20)]
    public void BlockBoundaries_EncodeAsIronSnappy(int length)
    {
        var random = new Random(length);
        var input = new byte[length];
        for (var i = 0; i < length; i++)
        {
            // text-like: mostly digits and separators with repeats, as Parquet pages of registry columns
            input[i] = i % 97 < 60 ? (byte)('0' + (i * 7 % 10)) : (byte)random.Next(32, 127);
        }

        Assert.Equal(IronSnappy.Snappy.Encode(input), SnappyEncoder.Encode(input));
        Assert.Equal(IronSnappy.Snappy.Encode(new byte[length]), SnappyEncoder.Encode(new byte[length]));
    }

    private static byte[] Repeat(byte[] unit, int times) =>
        unit.Length == 0 ? [] : [.. Enumerable.Range(0, times).SelectMany(_ => unit).Take(200_000)];
}
