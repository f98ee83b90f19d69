namespace Registry.Etl.Synthetic.Output;

/// <summary>
/// Where generated files go. The generator never touches the file system itself: the CLI passes a
/// <see cref="DirectoryExportSink"/>, tests an in-memory sink. Implementations must be thread-safe
/// (files are generated in parallel).
/// </summary>
public interface IExportSink
{
    /// <summary>Starts a new file at a '/'-separated path relative to the output root.</summary>
    IExportFile Create(string relativePath);
}
