using System.Security.Cryptography;
using Registry.Etl.Synthetic.Tests.Support;

namespace Registry.Etl.Synthetic.Tests.Generation;

/// <summary>
/// sample-data/ is what `registry-etl synth --scale small --out sample-data` writes (the command in
/// sample-data/README.md): regenerating gives the committed files byte for byte.
/// </summary>
public sealed class SampleDataTests
{
    [Fact]
    public void CommittedSampleData_RegeneratedWithTheDocumentedCommand_IsByteIdentical()
    {
        var root = Path.Combine(Repository.Root(), "sample-data");
        var committed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative is not ("README.md" or ".gitattributes"))
            {
                committed[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
            }
        }

        var generated = SmallSet.Files.Hashes();
        Assert.Equal(generated.Keys, committed.Keys);
        foreach (var (path, hash) in generated)
        {
            Assert.True(hash == committed[path], $"sample-data/{path} differs from what the generator writes now.");
        }

        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        Assert.Contains("registry-etl synth --scale small --seed 20250101 --out sample-data", readme, StringComparison.Ordinal);
    }
}
