using System.Collections.Concurrent;
using System.Security.Cryptography;
using Registry.Etl.Synthetic.Output;

namespace Registry.Etl.Synthetic.Tests.Support;

/// <summary>Keeps committed files in memory (thread-safe), for tests that need no disk.</summary>
internal sealed class MemorySink : IExportSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public IExportFile Create(string relativePath) => new MemoryFile(this, relativePath);

    public SortedDictionary<string, string> Hashes()
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, bytes) in _files)
        {
            hashes[path] = Convert.ToHexString(SHA256.HashData(bytes));
        }

        return hashes;
    }

    private sealed class MemoryFile(MemorySink sink, string path) : IExportFile
    {
        private readonly MemoryStream _stream = new();

        public Stream Stream => _stream;

        public void Commit()
        {
            if (!sink._files.TryAdd(path, _stream.ToArray()))
            {
                throw new InvalidOperationException($"{path} written twice.");
            }
        }

        public void Dispose() => _stream.Dispose();
    }
}
