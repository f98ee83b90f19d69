using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Explain;
using Registry.Etl.Indicators.Tests.Specs;
using Registry.Etl.Indicators.Tests.Support;

namespace Registry.Etl.Indicators.Tests.Explain;

/// <summary>
/// The committee-readable text of every spec is an approved file (Approved/explain/&lt;id&gt;@&lt;version&gt;.txt): a
/// change to a spec's meaning or to the renderer fails here until the new text is reviewed. A mismatch writes
/// &lt;key&gt;.received.txt beside the approved file; review it and rename it to approve.
/// </summary>
public sealed class ExplainSnapshotTests
{
    public static TheoryData<string> SpecKeys() => WorkedCaseTests.SpecKeys();

    [Theory]
    [MemberData(nameof(SpecKeys))]
    public void Render_EverySpec_MatchesItsApprovedText(string key)
    {
        var spec = SpecCatalog.Load(Repository.Specs).Resolve(key);
        var text = SpecExplainer.Render(spec);
        var folder = Path.Combine(Repository.TestFolder, "Approved", "explain");
        var approved = Path.Combine(folder, $"{key}.txt");
        var received = Path.Combine(folder, $"{key}.received.txt");
        if (File.Exists(approved) && File.ReadAllText(approved) == text)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, text);
        Assert.Fail($"explain {key} differs from {approved}; review {received} and rename it to approve.");
    }
}
