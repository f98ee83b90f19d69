using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.Running;

/// <summary>
/// Watches a run for a person (progress bars, plain lines) or a test. Called on the run's own thread;
/// an override must be quick. Every member does nothing unless overridden.
/// </summary>
public abstract class RunObserver
{
    public static RunObserver None { get; } = new NoObserver();

    public virtual void OnPhase(RunPhase phase, string? detail)
    {
    }

    public virtual void OnStageStarted(int index, int count, string name)
    {
    }

    public virtual void OnStageProgress(string name, StageProgress progress)
    {
    }

    public virtual void OnStageCompleted(string name, StageResult result, TimeSpan elapsed)
    {
    }

    public virtual void OnStageFailed(string name, Exception error)
    {
    }

    private sealed class NoObserver : RunObserver
    {
    }
}
