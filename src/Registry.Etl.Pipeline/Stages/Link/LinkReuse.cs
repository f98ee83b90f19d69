using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Registry.Etl.Core.Data;
using Registry.Etl.Pipeline.Caching;
using Registry.Etl.Pipeline.Publishing;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Link;

/// <summary>
/// Model-level reuse for incremental runs: a linkage model whose text, saved parameters and input sources (by
/// <see cref="Ingest.IngestedSource.ContentKey"/>) are those of an earlier run of this build gives the same bytes, so
/// its output files are hard-linked from <c>&lt;state&gt;/cache/linkage/&lt;model&gt;/&lt;key&gt;/</c> and its accepted
/// links and link-rate rows read back, instead of linking again (a night on which no DHBA export arrived leaves
/// `dhba-nkr` as it was). One entry per model is kept: the latest.
/// </summary>
internal sealed class LinkReuse(string stateDirectory, string model)
{
    private const string EntryFile = "entry.json";
    private const string AcceptedFile = "accepted.parquet";
    private const string RatesFile = "rates.parquet";
    private const string FilesFolder = "files";

    private readonly string _folder = Path.Combine(stateDirectory, "cache", "linkage", model);

    /// <summary>
    /// The key of a model run: null when some input has no content key (then the model always links). The
    /// parameters are those saved in the state folder before the run (or "none"); the model text includes its
    /// pipeline section (sources, column aliases, right_rows).
    /// </summary>
    public static string? KeyOf(string modelText, IEnumerable<string?> parameterTexts, IEnumerable<Ingest.IngestedSource> inputs)
    {
        var text = new StringBuilder("link-reuse-v1\n").Append(BuildFingerprint.Value).Append('\n').Append(modelText).Append("\n--\n");
        foreach (var parameters in parameterTexts)
        {
            text.Append(parameters ?? "none").Append("\n--\n");
        }

        foreach (var input in inputs)
        {
            if (input.ContentKey is null)
            {
                return null;
            }

            text.Append(input.Source).Append('\t').Append(input.ContentKey).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The saved run of <paramref name="key"/>, if there is a complete one.</summary>
    public Saved? TryGet(string key)
    {
        var dir = Path.Combine(_folder, key);
        var entry = Path.Combine(dir, EntryFile);
        if (!File.Exists(entry))
        {
            return null;
        }

        Record? record;
        try
        {
            record = JsonSerializer.Deserialize<Record>(File.ReadAllBytes(entry));
        }
        catch (JsonException)
        {
            return null;
        }

        // a damaged entry (a file missing or of another size) is not used; this run links and saves it again
        if (record is null
            || record.Outputs.Any(o => !HasLength(Path.Combine(dir, FilesFolder, o.Path), o.Bytes))
            || !File.Exists(Path.Combine(dir, AcceptedFile))
            || !File.Exists(Path.Combine(dir, RatesFile)))
        {
            return null;
        }

        return new Saved(dir, record);
    }

    /// <summary>
    /// Puts a saved run's files into the run's data folder (hard links) and returns what the stage reports for
    /// it: its outputs, accepted links and link-rate rows.
    /// </summary>
    public static (IReadOnlyList<StageOutput> Outputs, Table Accepted, Table Rates) Restore(Saved saved, Func<string, string> outputPath)
    {
        var outputs = new List<StageOutput>();
        foreach (var o in saved.Record.Outputs)
        {
            var target = outputPath(o.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            FileLinks.LinkOrCopy(Path.Combine(saved.Directory, FilesFolder, o.Path), target);
            outputs.Add(new StageOutput(o.Path, o.Rows));
        }

        return (outputs, TableParquet.Read(Path.Combine(saved.Directory, AcceptedFile)), TableParquet.Read(Path.Combine(saved.Directory, RatesFile)));
    }

    /// <summary>
    /// Saves a model run under <paramref name="key"/>: built in a temporary folder and renamed into place whole
    /// (a killed run leaves no half entry), then the model's other entries are removed.
    /// </summary>
    public void Save(string key, IReadOnlyList<StageOutput> outputs, Func<string, string> outputPath, Table accepted, Table rates, long links, long review)
    {
        var temp = Path.Combine(_folder, $".tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            foreach (var o in outputs)
            {
                var target = Path.Combine(temp, FilesFolder, o.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                FileLinks.LinkOrCopy(outputPath(o.RelativePath), target);
            }

            TableParquet.Write(accepted, Path.Combine(temp, AcceptedFile));
            TableParquet.Write(rates, Path.Combine(temp, RatesFile));
            var record = new Record([.. outputs.Select(o => new OutputRecord(o.RelativePath, o.Rows, new FileInfo(outputPath(o.RelativePath)).Length))], links, review);
            File.WriteAllBytes(Path.Combine(temp, EntryFile), JsonSerializer.SerializeToUtf8Bytes(record));
            FileSync.Tree(temp);

            var dir = Path.Combine(_folder, key);
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true); // an incomplete entry (TryGet refused it)
            }

            Directory.Move(temp, dir);
            foreach (var other in Directory.GetDirectories(_folder).Where(d => Path.GetFileName(d) != key))
            {
                Directory.Delete(other, recursive: true); // older keys, and temporary folders of killed runs
            }
        }
        catch
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }

            throw;
        }
    }

    private static bool HasLength(string path, long bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes;
    }

    internal sealed record Saved(string Directory, Record Record);

    internal sealed record Record(IReadOnlyList<OutputRecord> Outputs, long Links, long Review);

    internal sealed record OutputRecord(string Path, long? Rows, long Bytes);
}
