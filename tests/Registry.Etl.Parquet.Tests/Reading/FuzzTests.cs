using System.Buffers.Binary;
using System.Diagnostics;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;
using Registry.Etl.Parquet.Writing;

namespace Registry.Etl.Parquet.Tests.Reading;

/// <summary>
/// Seeded mutations of valid files (ours in every codec and type, and DuckDB's and arrow-rs's): whatever
/// the damage, reading either succeeds or raises ParquetFormatException / ParquetNotSupportedException.
/// Never another exception, never a hang, never an allocation the file's size cannot justify.
/// </summary>
public sealed class FuzzTests
{
    private const int MutationsPerSeed = 260;
    private const long MaxBytesAllocatedPerRead = 96L * 1024 * 1024;
    private static readonly TimeSpan MaxTimePerRead = TimeSpan.FromSeconds(30);

    [Fact]
    public void Read_MutatedFiles_OnlyEverThrowParquetExceptions()
    {
        var seeds = Seeds();
        var failures = new List<string>();
        var formatErrors = 0;
        var read = 0;
        for (var s = 0; s < seeds.Count; s++)
        {
            var random = new Random(1000 + s);
            for (var m = 0; m < MutationsPerSeed && failures.Count < 5; m++)
            {
                var (mutated, how) = Mutate(seeds[s].Bytes, random);
                var outcome = ReadGuarded(mutated);
                switch (outcome)
                {
                    case null:
                        read++;
                        break;
                    case ParquetException:
                        formatErrors++;
                        break;
                    default:
                        failures.Add($"{seeds[s].Name} mutation {m} ({how}): {outcome.GetType().Name}: {outcome.Message}\n{outcome.StackTrace}");
                        break;
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(formatErrors > seeds.Count * MutationsPerSeed / 4, $"only {formatErrors} mutations were detected as damage; the fuzzer is not reaching the parser");
        Assert.True(read > 0);
    }

    /// <summary>Null when the file read completely, else the exception (a hang or runaway allocation becomes one).</summary>
    private static Exception? ReadGuarded(byte[] bytes)
    {
        Exception? error = null;
        long allocated = 0;
        // A dedicated thread, so a busy thread pool (other tests run in parallel) cannot pass for a hang.
        var task = Task.Factory.StartNew(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                BadFileTests.ReadEverything(bytes);
            }
            catch (Exception e)
            {
                error = e;
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(MaxTimePerRead))
        {
            return new TimeoutException($"reading did not finish within {MaxTimePerRead}");
        }

        if (allocated > MaxBytesAllocatedPerRead)
        {
            return new InsufficientMemoryException($"reading a {bytes.Length}-byte file allocated {allocated} bytes");
        }

        return error;
    }

    private static (byte[] Bytes, string How) Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();

        // Half the mutations aim at the footer and the page headers, where a single byte changes the most.
        int Position()
        {
            var footer = BinaryPrimitives.ReadInt32LittleEndian(original.AsSpan(original.Length - 8)) + 8;
            return random.Next(3) switch
            {
                0 => random.Next(Math.Max(1, original.Length - footer), original.Length),
                1 => random.Next(0, Math.Min(original.Length, 64)),
                _ => random.Next(original.Length),
            };
        }

        switch (random.Next(8))
        {
            case 0:
                var bit = Position();
                bytes[bit] ^= (byte)(1 << random.Next(8));
                return (bytes, $"flip bit at {bit}");
            case 1:
                var at = Position();
                bytes[at] = (byte)random.Next(256);
                return (bytes, $"random byte at {at}");
            case 2:
                var start = Position();
                var value = new byte[] { 0x00, 0xFF, 0x7F, 0x80 }[random.Next(4)];
                bytes.AsSpan(start, Math.Min(random.Next(1, 5), bytes.Length - start)).Fill(value);
                return (bytes, $"fill 0x{value:X2} at {start}");
            case 3:
                var keep = random.Next(original.Length);
                return (bytes[..keep], $"truncate to {keep}");
            case 4:
                var insertAt = Position();
                var extra = new byte[random.Next(1, 9)];
                random.NextBytes(extra);
                return ([.. bytes[..insertAt], .. extra, .. bytes[insertAt..]], $"insert {extra.Length} at {insertAt}");
            case 5:
                var from = Position();
                var count = Math.Min(random.Next(1, 17), bytes.Length - from);
                return ([.. bytes[..from], .. bytes[(from + count)..]], $"delete {count} at {from}");
            case 6:
                var source = random.Next(bytes.Length);
                var target = Position();
                var length = Math.Min(Math.Min(random.Next(1, 33), bytes.Length - source), bytes.Length - target);
                Array.Copy(original, source, bytes, target, length);
                return (bytes, $"copy {length} from {source} to {target}");
            default:
                var varint = Position();
                var big = new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F };
                big.AsSpan(0, Math.Min(big.Length, bytes.Length - varint)).CopyTo(bytes.AsSpan(varint));
                return (bytes, $"huge varint at {varint}");
        }
    }

    private static List<(string Name, byte[] Bytes)> Seeds()
    {
        var rows = 600;
        TestColumn[] columns =
        [
            Column.Of(ParquetField.Int64("id", nullable: false), Enumerable.Range(0, rows).Select(i => (long)i * 977).ToArray()),
            Column.Of(ParquetField.String("name"), Enumerable.Range(0, rows).Select(i => i % 7 == 0 ? null : "naam_" + (i % 13)).ToArray()),
            Column.Of(ParquetField.Double("x"), Enumerable.Range(0, rows).Select(i => i / 3.0).ToArray(), Enumerable.Range(0, rows).Select(i => i % 4 != 0).ToArray()),
            Column.Of(ParquetField.Boolean("flag"), Enumerable.Range(0, rows).Select(i => i % 3 == 0).ToArray()),
            Column.Of(ParquetField.Decimal("wide", 30, 4), Enumerable.Range(0, rows).Select(i => i * 123456789.0123m).ToArray()),
            Column.Of(ParquetField.Date("d"), Enumerable.Range(0, rows).Select(i => i % 50).ToArray()),
            Column.Of(ParquetField.Binary("blob"), Enumerable.Range(0, rows).Select(i => new byte[] { (byte)i, 7 }).ToArray()),
        ];
        var seeds = new List<(string, byte[])>();
        foreach (var codec in new[] { ParquetCompression.Uncompressed, ParquetCompression.Snappy, ParquetCompression.Gzip })
        {
            seeds.Add(($"ours-{codec}", ParquetTestFiles.Write(columns, new ParquetWriterOptions { Compression = codec, MaxRowGroupRows = 250, PageSizeBytes = 512 })));
        }

        seeds.Add(("ours-plain", ParquetTestFiles.Write(columns, new ParquetWriterOptions { EnableDictionary = false, Compression = ParquetCompression.Uncompressed })));
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Foreign"), "*.parquet").Order(StringComparer.Ordinal))
        {
            seeds.Add((Path.GetFileName(file), File.ReadAllBytes(file)));
        }

        return seeds;
    }
}
