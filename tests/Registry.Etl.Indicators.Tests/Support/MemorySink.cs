using System.Collections.Concurrent;
using Registry.Etl.Synthetic.Output;

namespace Registry.Etl.Indicators.Tests.Support;

/// <summary>Keeps generated export files in memory (thread-safe).</summary>
internal sealed class MemorySink : IExportSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public IExportFile Create(string relativePath) => new MemoryFile(this, relativePath);

    private sealed class MemoryFile(MemorySink sink, string path) : IExportFile
    {
        private readonly MemoryStream _stream = new();

        public Stream Stream => _stream;

        public void Commit() => sink._files[path] = _stream.ToArray();

        public void Dispose() => _stream.Dispose();
    }
}
