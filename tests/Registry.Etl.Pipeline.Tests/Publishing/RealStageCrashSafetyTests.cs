using System.Globalization;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Publishing;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Pipeline.Tests.Publishing;

/// <summary>
/// The crash trials of <see cref="CrashSafetyTests"/> with the real stages (whatever CliStages registers of
/// the nightly pipeline) on a few hospitals of sample-data: SIGKILL at seeded random moments, every other
/// trial with a cold ingest cache so the kill also lands while export files are parsed and cached.
/// </summary>
public sealed class RealStageCrashSafetyTests
{
    private const int Trials = 11; // one aimed at each of the 9 markers (with all four stages), two at random times
    private const int PhaseDelayMs = 30;

    [Fact]
    public async Task RealStages_KilledAtRandomMoments_PreviousOutputsIntactAndNextRunPublishesSameBytes()
    {
        SampleWorkspace.EnsurePseudonymKey();
        using var ws = SampleWorkspace.Create();
        Assert.Contains("ingest", ws.Stages);
        var stages = SampleWorkspace.RealStages();
        var reference1 = TestRuns.Files(Published(await TestRuns.RunAsync(ws.PipelineFile, TestRuns.Day1, Path.Combine(ws.Root, "ref1"), stages)));
        var reference2 = TestRuns.Files(Published(await TestRuns.RunAsync(ws.PipelineFile, TestRuns.Day2, Path.Combine(ws.Root, "ref2"), stages)));
        Assert.Contains(reference1.Keys, k => k.EndsWith(".parquet", StringComparison.Ordinal));

        string[] markers = ["PHASE Fingerprinting", .. ws.Stages.Select(s => "STAGE " + s), "PHASE WritingManifest", "PHASE Syncing", "PHASE Renaming", "PHASE SwitchingPointer"];
        var random = new Random(20250302);
        for (var trial = 0; trial < Trials; trial++)
        {
            var outDir = Path.Combine(ws.Root, string.Create(CultureInfo.InvariantCulture, $"trial{trial:D2}"));
            var previous = Published(await TestRuns.RunAsync(ws.PipelineFile, TestRuns.Day1, outDir, stages));
            if (trial % 2 == 1)
            {
                Directory.Delete(Path.Combine(ws.StateDirectory, "cache"), recursive: true); // the killed run parses
            }

            var aimed = trial < Trials - 2 ? markers[trial % markers.Length] : null;
            var killAfter = TimeSpan.FromMilliseconds(aimed is null ? random.Next(500, 3000) : random.Next(0, PhaseDelayMs));
            var landed = await KillingRun.RunAsync(
                ws.Root,
                ["crash-run", ws.PipelineFile, "--as-of", "2025-03-02", "--out", outDir, "--phase-delay-ms", PhaseDelayMs.ToString(CultureInfo.InvariantCulture), "--stages", "cli"],
                aimed,
                killAfter);
            Assert.True(aimed is null || landed == aimed, $"trial {trial}: the run ended before '{aimed}' (last: {landed})");

            var layout = new OutputLayout(outDir);
            var current = layout.CurrentTarget()!;
            TestRuns.AssertComplete(current);
            var visible = TestRuns.Files(current);
            Assert.True(
                visible.SequenceEqual(reference1) || visible.SequenceEqual(reference2),
                $"trial {trial} ({landed}): current ({Path.GetFileName(current)}) shows neither run; differs from run 1 in {Differing(visible, reference1)}; from run 2 in {Differing(visible, reference2)}");
            Assert.Equal(reference1, TestRuns.Files(previous));

            var next = await TestRuns.RunAsync(ws.PipelineFile, TestRuns.Day2, outDir, stages);
            Assert.Equal(reference2, TestRuns.Files(Published(next)));
            Assert.Equal(next.PublishedDirectory, layout.CurrentTarget());
            Assert.Empty(Directory.GetFileSystemEntries(layout.Staging));

            // the killed run does not stay "running" in the catalog
            await using var catalog = await RunCatalog.OpenAsync(ws.StateDirectory, null, CancellationToken.None);
            Assert.Empty(await catalog.ListRunningAsync(null, CancellationToken.None));
        }
    }

    private static string Differing(SortedDictionary<string, string> a, SortedDictionary<string, string> b) =>
        string.Join(", ", a.Keys.Union(b.Keys).Where(k => !a.TryGetValue(k, out var x) || !b.TryGetValue(k, out var y) || x != y));

    private static string Published(RunOutcome outcome)
    {
        Assert.True(outcome.PublishedDirectory is not null, $"the run ended {outcome.Status}: {outcome.ErrorMessage}");
        return outcome.PublishedDirectory!;
    }
}
