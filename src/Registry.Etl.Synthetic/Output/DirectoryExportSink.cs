namespace Registry.Etl.Synthetic.Output;

/// <summary>
/// Writes files under a directory, each through a temporary name and a rename, so a reader never sees a
/// half-written export (a killed run leaves at most a `.partial` file, never a truncated export).
/// </summary>
public sealed class DirectoryExportSink : IExportSink
{
    private readonly string _root;

    public DirectoryExportSink(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
    }

    public string Root => _root;

    public IExportFile Create(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Core.Throw.Argument($"'{relativePath}' leaves the output directory.", nameof(relativePath));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new DirectoryFile(path);
    }

    private sealed class DirectoryFile : IExportFile
    {
        private readonly string _path;
        private readonly string _temporary;
        private readonly FileStream _stream;
        private bool _committed;

        public DirectoryFile(string path)
        {
            _path = path;
            _temporary = path + ".partial";
            _stream = new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        }

        public Stream Stream => _stream;

        public void Commit()
        {
            _stream.Flush(flushToDisk: false);
            _stream.Dispose();
            File.Move(_temporary, _path, overwrite: true);
            _committed = true;
        }

        public void Dispose()
        {
            if (_committed)
            {
                return;
            }

            _stream.Dispose();
            File.Delete(_temporary);
        }
    }
}
