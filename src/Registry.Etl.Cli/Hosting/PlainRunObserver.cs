using System.Globalization;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Cli.Hosting;

/// <summary>Progress as plain lines, for redirected output (logs of cron jobs, CI, tests).</summary>
internal sealed class PlainRunObserver(TextWriter output) : RunObserver
{
    private int _lastPercent = -1;

    public override void OnPhase(RunPhase phase, string? detail)
    {
        if (phase is RunPhase.Fingerprinting or RunPhase.WritingManifest or RunPhase.Renaming or RunPhase.SwitchingPointer or RunPhase.Completed)
        {
            output.WriteLine(detail is null ? $"phase {Name(phase)}" : $"phase {Name(phase)}: {detail}");
        }
    }

    public override void OnStageStarted(int index, int count, string name)
    {
        _lastPercent = -1;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage {index + 1}/{count} {name}: started"));
    }

    public override void OnStageProgress(string name, StageProgress progress)
    {
        // a line per 10 %, not per report: a redirected log is read by people too
        var percent = (int)(progress.Fraction * 10) * 10;
        if (percent > _lastPercent)
        {
            _lastPercent = percent;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage {name}: {percent} %{(progress.Message is null ? "" : " " + progress.Message)}"));
        }
    }

    public override void OnStageCompleted(string name, StageResult result, TimeSpan elapsed) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage {name}: done in {elapsed.TotalSeconds:0.0} s, {result.Outputs.Count} outputs"));

    public override void OnStageFailed(string name, Exception error) =>
        output.WriteLine($"stage {name}: failed: {error.Message}");

    private static string Name(RunPhase phase) => phase switch
    {
        RunPhase.Fingerprinting => "fingerprinting inputs",
        RunPhase.WritingManifest => "writing manifest",
        RunPhase.Renaming => "publishing",
        RunPhase.SwitchingPointer => "switching current",
        RunPhase.Completed => "completed",
        _ => phase.ToString(),
    };
}
