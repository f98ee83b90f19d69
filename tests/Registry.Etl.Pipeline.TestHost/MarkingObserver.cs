using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.TestHost;

/// <summary>Prints "PHASE x" / "STAGE name" markers (flushed) and then dwells, to widen every phase.</summary>
internal sealed class MarkingObserver(TextWriter output, int delayMs) : RunObserver
{
    public override void OnPhase(RunPhase phase, string? detail) => Mark($"PHASE {phase}");

    public override void OnStageStarted(int index, int count, string name) => Mark($"STAGE {name}");

    private void Mark(string line)
    {
        output.WriteLine(line);
        output.Flush();
        Thread.Sleep(delayMs);
    }
}
