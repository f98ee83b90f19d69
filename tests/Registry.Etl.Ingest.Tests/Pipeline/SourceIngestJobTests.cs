using System.Text;
using CsvHelper;
using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Tests.Support;
using Registry.Etl.Parquet.Writing;
using Registry.Etl.Pipeline.Caching;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Ingest.Tests.Pipeline;

/// <summary>What the ingest job (shared by the stage and the CLI) writes: no identifier, the same bytes twice, the cache changes nothing.</summary>
public sealed class SourceIngestJobTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes(Repo.TestSecret);

    public static TheoryData<string> Sources() => ["dcra", "dhba", "nkr", "lbz"];

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Run_SampleSource_NoBsnPostcodeOrBirthDateOfTheExportsInAnyOutput(string source)
    {
        using var temp = new TempDir();
        var result = await RunAsync(source, new IngestCache(Path.Combine(temp.Path, "cache")));
        var outputs = Write(result, temp.Path, uncompressed: true);
        var identifiers = Identifiers(source);
        Assert.True(identifiers.Count > 100, $"only {identifiers.Count} identifiers found in the {source} exports");

        // every token of every byte written uncompressed (Parquet, quarantine, manifest, the cache's issue counts)
        var cacheFiles = Directory.EnumerateFiles(Path.Combine(temp.Path, "cache"), "*", SearchOption.AllDirectories).ToArray();
        foreach (var file in outputs.Concat(cacheFiles.Where(f => f.EndsWith(".json", StringComparison.Ordinal))))
        {
            var leaked = Tokens(File.ReadAllBytes(file)).Count(identifiers.Contains);
            Assert.True(leaked == 0, $"{Path.GetFileName(file)} holds {leaked} identifying values of the exports");
        }

        // and every string value, decoded: of the resolved table, the quarantine and the (Snappy-compressed) cache entries
        var tables = cacheFiles.Where(f => f.EndsWith(".parquet", StringComparison.Ordinal)).Select(TableParquet.Read).Append(result.Table!).Append(result.Quarantine);
        foreach (var table in tables)
        {
            foreach (var column in table.Columns.OfType<StringColumn>())
            {
                for (var r = 0; r < column.Length; r++)
                {
                    Assert.False(column[r] is { } v && identifiers.Contains(v), $"{column.Name} row {r} holds an identifying value");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Run_Twice_WritesTheSameBytesWithOrWithoutTheCacheAndWithAnyNumberOfDecoders(string source)
    {
        using var temp = new TempDir();
        var cache = new IngestCache(Path.Combine(temp.Path, "cache"));
        var first = Write(await RunAsync(source, cache), Path.Combine(temp.Path, "a"), uncompressed: false);
        var second = await RunAsync(source, cache);
        var again = Write(second, Path.Combine(temp.Path, "b"), uncompressed: false);
        var direct = Write(await RunAsync(source, null), Path.Combine(temp.Path, "c"), uncompressed: false);
        var decoded = Write(await RunAsync(source, null, decoders: 4), Path.Combine(temp.Path, "d"), uncompressed: false);
        var ahead = Write(await RunAsync(source, new IngestCache(Path.Combine(temp.Path, "cache-ahead")), decoders: 2, readAhead: true), Path.Combine(temp.Path, "e"), uncompressed: false);
        var smallGroupsCache = new IngestCache(Path.Combine(temp.Path, "cache-small-groups"));
        var smallGroups = Write(await RunAsync(source, smallGroupsCache, decoders: 2, readAhead: true, cacheRowGroupRows: 7), Path.Combine(temp.Path, "f"), uncompressed: false);

        Assert.All(second.Files, f => Assert.True(f.FromCache));
        for (var i = 0; i < first.Count; i++)
        {
            Assert.Equal(File.ReadAllBytes(first[i]), File.ReadAllBytes(again[i]));
            Assert.Equal(File.ReadAllBytes(first[i]), File.ReadAllBytes(direct[i]));
            Assert.Equal(File.ReadAllBytes(first[i]), File.ReadAllBytes(decoded[i]));
            Assert.Equal(File.ReadAllBytes(first[i]), File.ReadAllBytes(ahead[i]));
            Assert.Equal(File.ReadAllBytes(first[i]), File.ReadAllBytes(smallGroups[i]));
        }

        // the cache entries' row groups are what the job was given: a layout of the entries only, never of the outputs
        var entry = Directory.EnumerateFiles(Path.Combine(temp.Path, "cache-small-groups"), "standardised.parquet", SearchOption.AllDirectories).MaxBy(f => new FileInfo(f).Length)!;
        using var reader = new Registry.Etl.Parquet.Reading.ParquetFileReader(File.OpenRead(entry), sourceName: entry);
        Assert.All(reader.Metadata.RowGroups, g => Assert.True(g.RowCount <= 7));
        Assert.True(reader.Metadata.RowGroups.Count > 1);
    }

    [Fact]
    public async Task Run_WithCache_EntriesHoldAQuarantineFileOnlyForRejectsAndTheIssueCountsInTheirRecord()
    {
        using var temp = new TempDir();
        var cache = new IngestCache(Path.Combine(temp.Path, "cache"));
        var first = await RunAsync("dcra", cache);
        var second = await RunAsync("dcra", cache);

        // the sample has files with and without rejected rows; each file's entry has a quarantine file exactly when it has rejects
        Assert.Contains(first.Files, f => f.RowsQuarantined > 0);
        Assert.Contains(first.Files, f => f.RowsQuarantined == 0);
        // (an entry is named by the export's SHA-256 first: files with equal bytes share one)
        var quarantined = first.Files.ToDictionary(f => f.Name, f => f.RowsQuarantined, StringComparer.Ordinal);
        var rejects = Repo.SampleFiles("dcra")
            .Select(f => (Sha: Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f.Path))), RowsQuarantined: quarantined[f.Name]))
            .GroupBy(f => f.Sha, f => f.RowsQuarantined > 0)
            .ToDictionary(g => g.Key, g => g.Any(rejected => rejected));
        var entries = Directory.EnumerateFiles(Path.Combine(temp.Path, "cache"), "entry.json", SearchOption.AllDirectories).Select(f => Path.GetDirectoryName(f)!).ToArray();
        Assert.Equal(rejects.Count, entries.Length);
        Assert.All(entries, e => Assert.Equal(rejects[Path.GetFileName(e)[..64]], File.Exists(Path.Combine(e, "quarantine.parquet"))));
        Assert.All(entries, e => Assert.Equal(["entry.json", "standardised.parquet"], Directory.GetFiles(e).Select(Path.GetFileName).Where(n => n != "quarantine.parquet").Order(StringComparer.Ordinal)));

        // a hit reports what the parse counted: the rows and every issue code
        Assert.All(second.Files, f => Assert.True(f.FromCache));
        Assert.Contains(first.Files, f => f.IssueCounts.Count > 0);
        for (var i = 0; i < first.Files.Count; i++)
        {
            Assert.Equal((first.Files[i].RowsRead, first.Files[i].RowsQuarantined), (second.Files[i].RowsRead, second.Files[i].RowsQuarantined));
            Assert.Equal(first.Files[i].IssueCounts, second.Files[i].IssueCounts);
        }

        Assert.Equal(first.Quarantine.RowCount, second.Quarantine.RowCount);
    }

    [Fact]
    public async Task Run_WithABrokenFile_ReportsItAndCompletesTheOthers()
    {
        using var temp = new TempDir();
        var job = new SourceIngestJob(Repo.ContractsOf("dcra"), Secret, new IngestCache(Path.Combine(temp.Path, "cache")));
        var valid = Path.Combine(Repo.Corpus, "valid", "dcra_06105536_2022-04-17.csv");
        var truncated = Path.Combine(Repo.Corpus, "truncated", "dcra_06105536_2022-04-17.csv");
        var later = Path.Combine(temp.Path, "dcra_06105536_2022-07-17.csv");
        File.Copy(truncated, later);

        var result = await job.RunAsync([(valid, "a/dcra_06105536_2022-04-17.csv", null), (later, "b/dcra_06105536_2022-07-17.csv", null)], null, CancellationToken.None);

        Assert.Null(result.Files[0].Error);
        Assert.Equal(5, result.Files[0].RowsAccepted);
        Assert.StartsWith("b/dcra_06105536_2022-07-17.csv:6:", result.Files[1].Error, StringComparison.Ordinal);
        Assert.Equal(5, result.Table!.RowCount);
        Assert.Contains("\"status\": \"failed\"", Encoding.UTF8.GetString(IngestManifest.ToJson(result)), StringComparison.Ordinal);
    }

    private static Task<SourceIngestResult> RunAsync(string source, IngestCache? cache, int decoders = 1, bool readAhead = false, int cacheRowGroupRows = 65_536) =>
        new SourceIngestJob(Repo.ContractsOf(source), Secret, cache) { SecondPassDecoders = decoders, SecondPassReadAhead = readAhead, CacheRowGroupRows = cacheRowGroupRows }
            .RunAsync([.. Repo.SampleFiles(source).Select(f => (f.Path, f.Name, (string?)null))], null, CancellationToken.None);

    private static List<string> Write(SourceIngestResult result, string dir, bool uncompressed)
    {
        Directory.CreateDirectory(dir);
        var options = uncompressed ? new ParquetWriterOptions { Compression = Registry.Etl.Parquet.ParquetCompression.Uncompressed } : null;
        var table = Path.Combine(dir, "table.parquet");
        var quarantine = Path.Combine(dir, "quarantine.parquet");
        var manifest = Path.Combine(dir, "manifest.json");
        TableParquet.Write(result.Table!, table, SourceIngestJob.Metadata(result), options);
        TableParquet.Write(result.Quarantine, quarantine, SourceIngestJob.Metadata(result), options);
        File.WriteAllBytes(manifest, IngestManifest.ToJson(result));
        return [table, quarantine, manifest];
    }

    /// <summary>BSNs (as delivered and as 9 digits), postcodes (as delivered and normalised) and birth dates (as delivered and ISO) of a source's exports.</summary>
    private static HashSet<string> Identifiers(string source)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var clinical = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, _) in Repo.SampleFiles(source))
        {
            var head = File.ReadAllText(path).Split('\n')[0];
            var separator = head.Count(c => c == ';') > head.Count(c => c == ',') ? ';' : ',';
            var options = CsvReaderOptions.Default with { Separator = separator, HasHeader = true, Encoding = Encoding.Latin1 };
            using var reader = CsvReader.FromFile(path, options);
            var columns = new[] { "bsn", "postcode", "geboortedatum", "gebdat" }
                .Select(c => reader.TryGetFieldIndex(c, out var i) ? i : -1)
                .Where(i => i >= 0)
                .ToArray();
            while (reader.Read())
            {
                // values of the other columns (dates of care, codes) stay in clear by design; a birth date
                // that equals one of them (a newborn's admission date) is no evidence of a leak
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (Array.IndexOf(columns, i) < 0)
                    {
                        foreach (var token in Tokens(Encoding.UTF8.GetBytes(reader.GetString(i))))
                        {
                            clinical.Add(token);
                        }
                    }
                }

                foreach (var i in columns)
                {
                    var v = reader.GetString(i).Trim();
                    if (v.Length < 6)
                    {
                        continue;
                    }

                    found.Add(v.Replace(" ", string.Empty, StringComparison.Ordinal));
                    if (v.Length == 8 && v.All(char.IsAsciiDigit))
                    {
                        found.Add("0" + v);
                        found.Add($"{v[..4]}-{v[4..6]}-{v[6..]}");
                    }

                    if (v.Length == 10 && v[2] == '-')
                    {
                        found.Add($"{v[6..]}-{v[3..5]}-{v[..2]}");
                    }
                }
            }
        }

        found.ExceptWith(clinical);
        return found;
    }

    private static IEnumerable<string> Tokens(byte[] bytes)
    {
        var start = -1;
        for (var i = 0; i <= bytes.Length; i++)
        {
            var inToken = i < bytes.Length && (char.IsAsciiLetterOrDigit((char)bytes[i]) || bytes[i] == '-');
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                if (i - start is >= 6 and <= 12)
                {
                    yield return Encoding.ASCII.GetString(bytes, start, i - start);
                }

                start = -1;
            }
        }
    }
}
