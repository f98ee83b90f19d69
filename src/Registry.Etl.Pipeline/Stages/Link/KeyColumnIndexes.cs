using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Registry.Etl.Parquet.Reading;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Link;

/// <summary>
/// The state folder's <see cref="KeyColumnIndex"/> files, one per key column of a resolved source, in
/// <c>&lt;state&gt;/cache/key-index/&lt;source&gt;/&lt;content&gt;/&lt;column&gt;.idx</c>. The content folder is named by the source's
/// <see cref="IngestedSource.ContentKey"/> (its exports, contracts, pseudonym key and build), so an index is
/// only ever used for the file it was made from. Made on first use (the cold run pays one pass over the
/// column); when a source's content changes, its older folders go as the new one is made: one per source.
/// </summary>
internal sealed class KeyColumnIndexes(string stateDirectory, Action<string>? log = null)
{
    private readonly string _root = Path.Combine(stateDirectory, "cache", "key-index");

    /// <summary>
    /// The indexes of the string columns among <paramref name="columns"/> of <paramref name="source"/>, made
    /// (in parallel) where missing or damaged; none when the source has no content key. The caller disposes them.
    /// </summary>
    public Dictionary<string, KeyColumnIndex> Open(IngestedSource source, IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(columns);
        var opened = new Dictionary<string, KeyColumnIndex>(StringComparer.Ordinal);
        if (source.ContentKey is null)
        {
            return opened;
        }

        var sourceFolder = Path.Combine(_root, FileName(source.Source));
        var folder = Path.Combine(sourceFolder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.ContentKey)))[..32]);
        using var reader = ParquetFileReader.Open(source.Path);
        var fields = columns.Distinct(StringComparer.Ordinal)
            .Select(c => reader.Schema.IndexOf(c) is >= 0 and var i ? reader.Schema[i] : null)
            .OfType<ParquetField>()
            .Where(f => f.ValueKind == ParquetValueKind.String)
            .ToArray();
        try
        {
            var missing = new List<ParquetField>();
            foreach (var field in fields)
            {
                if (KeyColumnIndex.TryOpen(PathOf(folder, field.Name), TableParquet.ColumnSchemaOf(field), source.RowCount) is { } index)
                {
                    opened.Add(field.Name, index);
                }
                else
                {
                    missing.Add(field);
                }
            }

            if (missing.Count > 0)
            {
                Directory.CreateDirectory(folder);
                var clock = Stopwatch.StartNew();
                var took = new long[missing.Count];
                Parallel.For(0, missing.Count, i =>
                {
                    var own = Stopwatch.StartNew();
                    KeyColumnIndexBuilder.Write(source.Path, missing[i].Name, PathOf(folder, missing[i].Name));
                    took[i] = own.ElapsedMilliseconds;
                });
                log?.Invoke($"key index of {source.Source} made in {clock.ElapsedMilliseconds} ms ({string.Join(", ", missing.Select((f, i) => $"{f.Name} {took[i]}"))})");
                foreach (var field in missing)
                {
                    if (KeyColumnIndex.TryOpen(PathOf(folder, field.Name), TableParquet.ColumnSchemaOf(field), source.RowCount) is { } index)
                    {
                        opened.Add(field.Name, index);
                    }
                }

                foreach (var other in Directory.GetDirectories(sourceFolder).Where(d => d != folder))
                {
                    Directory.Delete(other, recursive: true); // the indexes of this source's earlier contents
                }
            }

            return opened;
        }
        catch
        {
            KeyColumnIndex.DisposeAll(opened);
            throw;
        }
    }

    private static string PathOf(string folder, string column) => Path.Combine(folder, FileName(column) + ".idx");

    /// <summary>A name as it is when it is a plain identifier, else its UTF-8 bytes in hex (a folder or file name whatever the name holds).</summary>
    private static string FileName(string name) =>
        name.Length > 0 && name.Length <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? name
            : "%" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(name)); // '%' is in no plain identifier: no clash
}
