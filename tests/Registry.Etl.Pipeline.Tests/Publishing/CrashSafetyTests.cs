using System.Globalization;
using Registry.Etl.Pipeline.Publishing;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Pipeline.Tests.Publishing;

/// <summary>
/// Kills a real run process with SIGKILL at seeded random moments in every phase (including between the
/// two publishing renames) and checks what a reader of <c>current</c> sees, and that the next run recovers.
/// </summary>
public sealed class CrashSafetyTests
{
    private const int Trials = 24;
    private const int PhaseDelayMs = 40;

    // the markers the crash-run host prints as each phase starts; each is aimed at in turn
    private static readonly string[] Markers =
    [
        "PHASE Preparing", "PHASE Fingerprinting", "STAGE standardise", "STAGE aggregate", "STAGE bulk", "PHASE WritingManifest",
        "PHASE Syncing", "PHASE Renaming", "PHASE SwitchingPointer", "PHASE Retention", "PHASE Completed",
    ];

    [Fact]
    public async Task Run_KilledAtRandomMoments_PreviousOutputsIntactAndNextRunPublishesSameBytes()
    {
        using var ws = TestWorkspace.Create(files: 2, rowsPerFile: 30);
        var pipeline = ws.WritePipeline("- standardise\n- aggregate\n- name: bulk\n  options: { files: \"12\", kb: \"32\", delay_ms: \"15\" }", keepRuns: 3);
        var reference1 = TestRuns.Files((await TestRuns.RunAsync(pipeline, TestRuns.Day1, Path.Combine(ws.Root, "ref1"))).PublishedDirectory!);
        var reference2 = TestRuns.Files((await TestRuns.RunAsync(pipeline, TestRuns.Day2, Path.Combine(ws.Root, "ref2"))).PublishedDirectory!);
        Assert.NotEqual(reference1, reference2);

        var random = new Random(20250301);
        var landed = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var outDir = Path.Combine(ws.Root, string.Create(CultureInfo.InvariantCulture, $"trial{trial:D2}"));
            var previous = await TestRuns.RunAsync(pipeline, TestRuns.Day1, outDir);
            Assert.Equal(RunStatus.Succeeded, previous.Status);

            landed.Add(await KillDuringRunAsync(ws, pipeline, outDir, trial, random));

            // what a reader sees now: a complete run, the old one or the new one, never a mix
            var layout = new OutputLayout(outDir);
            var current = layout.CurrentTarget()!;
            TestRuns.AssertComplete(current);
            var visible = TestRuns.Files(current);
            Assert.True(visible.SequenceEqual(reference1) || visible.SequenceEqual(reference2), $"trial {trial} ({landed[^1]}): current shows neither run");
            Assert.Equal(reference1, TestRuns.Files(previous.PublishedDirectory!));

            var next = await TestRuns.RunAsync(pipeline, TestRuns.Day2, outDir);
            Assert.Equal(RunStatus.Succeeded, next.Status);
            Assert.Equal(reference2, TestRuns.Files(next.PublishedDirectory!));
            Assert.Equal(next.PublishedDirectory, layout.CurrentTarget());
            Assert.Empty(Directory.GetFileSystemEntries(layout.Staging));
            Assert.DoesNotContain(Directory.GetDirectories(layout.Runs), d => d.EndsWith("~2", StringComparison.Ordinal));
        }

        // every phase was hit by at least one kill (the last marker printed before the kill)
        Assert.Equal(Markers.Order(StringComparer.Ordinal), landed.Where(Markers.Contains).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>Starts a run of day 2, waits for the trial's marker (or a random time), kills it; returns the last marker seen.</summary>
    private static Task<string> KillDuringRunAsync(TestWorkspace ws, string pipeline, string outDir, int trial, Random random)
    {
        var aimed = trial < Trials - 2 ? Markers[trial % Markers.Length] : null;
        var killAfter = aimed is null ? TimeSpan.FromMilliseconds(random.Next(300, 1500)) : TimeSpan.FromMilliseconds(random.Next(0, PhaseDelayMs));
        return KillingRun.RunAsync(
            ws.Root,
            ["crash-run", pipeline, "--as-of", "2025-03-02", "--out", outDir, "--phase-delay-ms", PhaseDelayMs.ToString(CultureInfo.InvariantCulture)],
            aimed,
            killAfter);
    }
}
