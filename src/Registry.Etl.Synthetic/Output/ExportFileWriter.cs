using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Truth;

namespace Registry.Etl.Synthetic.Output;

/// <summary>
/// An export file and (optionally) its truth mirror, written side by side and committed together; each
/// data row is paired with its truth row.
/// </summary>
internal sealed class ExportFileWriter : IDisposable
{
    private readonly IExportFile _export;
    private readonly IExportFile? _truthFile;
    private readonly TruthWriter? _truth;
    private readonly string _path;
    private readonly string _source;
    private readonly DateOnly _exportDate;
    private long _line;

    public ExportFileWriter(IExportSink sink, string path, string source, DateOnly exportDate, ExportDialect dialect, IReadOnlyList<string> header, bool truth)
    {
        _path = path;
        _source = source;
        _exportDate = exportDate;
        _export = sink.Create(path);
        Csv = new CsvWriter(_export.Stream, dialect);
        Csv.Header(header);
        if (truth)
        {
            _truthFile = sink.Create("truth/" + path);
            _truth = new TruthWriter(_truthFile.Stream);
        }
    }

    public CsvWriter Csv { get; }

    public long Rows => Csv.Rows - 1;

    /// <summary>Call before writing a data row: remembers the physical line it starts on.</summary>
    public void BeginRow() => _line = Csv.NextLine;

    public void Truth(string sourceKey, long personId, int version, bool duplicate, string kind, string? related, NoiseTags noise) =>
        _truth?.Row(_line, sourceKey, personId, version, duplicate, kind, related, noise);

    public IReadOnlyList<GeneratedFile> Commit()
    {
        Csv.Flush();
        _export.Commit();
        var files = new List<GeneratedFile>(2) { new(_path, _source, _exportDate, Rows, Csv.BytesWritten) };
        if (_truth is not null)
        {
            _truth.Dispose();
            _truthFile!.Commit();
            files.Add(new GeneratedFile("truth/" + _path, "truth", _exportDate, Rows, _truth.BytesWritten));
        }

        return files;
    }

    public void Dispose()
    {
        // After a commit these are no-ops; without one they discard the partial files.
        _export.Dispose();
        _truthFile?.Dispose();
    }
}
