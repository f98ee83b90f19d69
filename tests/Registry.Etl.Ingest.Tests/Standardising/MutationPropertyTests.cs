using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Core.Errors;
using Registry.Etl.Ingest.Tests.Support;

namespace Registry.Etl.Ingest.Tests.Standardising;

/// <summary>
/// Random damage to valid exports (bytes deleted, inserted or replaced by delimiters, quotes, line ends and
/// non-ASCII; lines repeated; files cut short): ingest never crashes, and either the file fails as a whole
/// with a located <see cref="DataFileException"/> or every row is accounted for.
/// </summary>
public sealed class MutationPropertyTests
{
    private static readonly byte[] Alphabet = [(byte)';', (byte)',', (byte)'"', (byte)'\n', (byte)'\r', (byte)'9', (byte)'x', (byte)' ', (byte)'-', 0xE9, 0x80, 0xC3];

    [Theory]
    [InlineData("dcra/06105536/dcra_06105536_2022-04-17.csv", "dcra")]
    [InlineData("dhba/06132766/dhba_06132766_2023-04-12.csv", "dhba")]
    [InlineData("lbz/lbz_2022-03.csv", "lbz")]
    public void Ingest_RandomMutations_NeverCrashAndAccountingHolds(string sample, string source)
    {
        var original = File.ReadAllBytes(Path.Combine(Repo.SampleData, sample));
        var ingester = Repo.Ingester(source);
        var name = Path.GetFileName(sample);
        using var temp = new TempDir();

        var mutation =
            from kind in Gen.Choose(0, 4)
            from position in Gen.Choose(0, original.Length - 1)
            from symbol in Gen.Elements(Alphabet)
            from count in Gen.Choose(1, 3)
            select (kind, position, symbol, count);
        var mutations = Gen.NonEmptyListOf(mutation).Select(m => m.Take(6).ToArray());

        Prop.ForAll(mutations.ToArbitrary(), ms =>
        {
            var bytes = Mutate(original, ms);
            var path = Path.Combine(temp.Path, name);
            File.WriteAllBytes(path, bytes);
            try
            {
                var r = ingester.Ingest(path, name);
                Assert.Equal(r.RowsRead, r.RowsAccepted + r.RowsQuarantined);
                Assert.Equal(r.RowsAccepted, r.Accepted.RowCount);
                Assert.Equal(r.RowsQuarantined, r.Quarantine.Get<int>("line").Values.ToArray().Distinct().Count());
            }
            catch (DataFileException e)
            {
                Assert.Equal(name, e.Location.File);
                Assert.True(e.Location.Line >= 1 || e.Message.Contains("file name", StringComparison.Ordinal), e.Message);
            }
        }).QuickCheckThrowOnFailure();
    }

    private static byte[] Mutate(byte[] original, (int Kind, int Position, byte Symbol, int Count)[] mutations)
    {
        var bytes = new List<byte>(original);
        foreach (var (kind, p, symbol, count) in mutations)
        {
            var position = Math.Min(p, Math.Max(0, bytes.Count - 1));
            switch (kind)
            {
                case 0 when bytes.Count > count:
                    bytes.RemoveRange(position, Math.Min(count, bytes.Count - position));
                    break;
                case 1:
                    bytes.InsertRange(position, Enumerable.Repeat(symbol, count));
                    break;
                case 2 when bytes.Count > 0:
                    bytes[position] = symbol;
                    break;
                case 3 when bytes.Count > 0:
                    // repeat the line around the position (a duplicate row, or a duplicate header)
                    var start = bytes.LastIndexOf((byte)'\n', position) + 1;
                    var end = bytes.IndexOf((byte)'\n', position);
                    if (end > start)
                    {
                        bytes.InsertRange(start, bytes.GetRange(start, end - start + 1));
                    }

                    break;
                default:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
            }
        }

        return [.. bytes];
    }
}
