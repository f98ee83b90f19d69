using System.Security.Cryptography;

namespace Registry.Etl.Pipeline.Hashing;

/// <summary>SHA-256 of files and texts as lower-case hex: the checksum format of manifests and the catalog.</summary>
public static class Sha256File
{
    private const int BufferSize = 1 << 20;

    public static async Task<string> ComputeAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return Convert.ToHexStringLower(hash);
        }
    }

    public static string OfText(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
