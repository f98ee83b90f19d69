namespace Registry.Etl.Synthetic.Output;

/// <summary>A file being written: visible under its final name only after <see cref="Commit"/>; disposing without a commit discards it.</summary>
public interface IExportFile : IDisposable
{
    Stream Stream { get; }

    void Commit();
}
