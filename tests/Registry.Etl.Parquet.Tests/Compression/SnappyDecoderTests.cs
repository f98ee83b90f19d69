using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Parquet.Compression;

namespace Registry.Etl.Parquet.Tests.Compression;

/// <summary>
/// The reader's own Snappy decoder (into a pooled buffer) against IronSnappy, the reference: the same bytes for
/// every valid block, and on damaged blocks a clean <see cref="InvalidDataException"/> (or, where the damage
/// still leaves a valid block, the bytes IronSnappy decodes too), never another exception.
/// </summary>
public sealed class SnappyDecoderTests
{
    private static readonly Gen<byte[]> Inputs = Gen.Frequency(
        (2, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))),
        (3, Gen.ArrayOf(Gen.Choose(48, 52).Select(b => (byte)b))),
        (2, Gen.Zip(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)), Gen.Choose(1, 5000)).Select(t => Repeat(t.Item1, t.Item2))));

    [Fact]
    public void AnyBlock_DecodesToTheInput()
    {
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var block = IronSnappy.Snappy.Encode(input);
            var output = new byte[input.Length];
            SnappyDecoder.Decode(block, output);
            Assert.Equal(input, output);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(1, 60)] // literal lengths in the tag, then in 1..4 extra bytes
    [InlineData(2, 61)]
    [InlineData(3, 300)]
    [InlineData(4, 70_000)]
    [InlineData(5, 1 << 20)]
    public void LongLiteralsAndRuns_DecodeLikeIronSnappy(int seed, int length)
    {
        var random = new Random(seed);
        var noise = new byte[length];
        random.NextBytes(noise);
        var runs = new byte[length];
        for (var i = 0; i < length; i++)
        {
            runs[i] = (byte)(i % 3 == 0 ? 'a' : i % 7); // overlapping copies: offsets shorter than their length
        }

        foreach (var input in new[] { noise, runs })
        {
            var output = new byte[input.Length];
            SnappyDecoder.Decode(IronSnappy.Snappy.Encode(input), output);
            Assert.Equal(input, output);
        }
    }

    [Fact]
    public void DamagedBlock_FailsCleanlyOrDecodesAsIronSnappy()
    {
        var damaged = Gen.Zip(Inputs.Where(i => i.Length > 0), Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 2)));
        Prop.ForAll(damaged.ToArbitrary(), t =>
        {
            var (input, (seed, kind)) = t;
            var block = IronSnappy.Snappy.Encode(input);
            var random = new Random(seed);
            block = kind switch
            {
                0 => block[..random.Next(block.Length)], // truncated
                1 => Flip(block, random), // a byte changed
                _ => [.. block, .. new byte[] { (byte)random.Next(256) }], // trailing garbage
            };

            byte[]? reference;
            try
            {
                reference = IronSnappy.Snappy.Decode(block);
            }
            catch (Exception)
            {
                reference = null;
            }

            var ok = SnappyDecoder.TryReadLength(block, out var declared, out _) && declared <= 64 * input.Length + 64;
            if (!ok)
            {
                return; // PageCodec rejects a block whose header is invalid or too large before decoding it
            }

            var output = new byte[declared];
            try
            {
                SnappyDecoder.Decode(block, output);
            }
            catch (InvalidDataException)
            {
                return; // a clean failure: the page is reported as corrupt
            }

            Assert.NotNull(reference); // what we accept, the reference accepts too, with the same bytes
            Assert.Equal(reference, output);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WrongDeclaredLength_Fails()
    {
        var block = IronSnappy.Snappy.Encode("registry"u8.ToArray());
        Assert.Throws<InvalidDataException>(() => SnappyDecoder.Decode(block, new byte[7]));
        Assert.Throws<InvalidDataException>(() => SnappyDecoder.Decode(block, new byte[9]));
    }

    private static byte[] Flip(byte[] block, Random random)
    {
        var copy = block.ToArray();
        copy[random.Next(copy.Length)] ^= (byte)(1 + random.Next(255));
        return copy;
    }

    private static byte[] Repeat(byte[] unit, int times) =>
        unit.Length == 0 ? [] : [.. Enumerable.Range(0, times).SelectMany(_ => unit).Take(200_000)];
}
