using Registry.Etl.Pipeline.Running;
using Registry.Etl.Pipeline.Stages;
using Spectre.Console;

namespace Registry.Etl.Cli.Hosting;

/// <summary>Live progress bars on a terminal: one bar per stage and one for publishing.</summary>
internal sealed class SpectreRunObserver(ProgressContext progress) : RunObserver
{
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private ProgressTask? _publish;

    public override void OnPhase(RunPhase phase, string? detail)
    {
        switch (phase)
        {
            case RunPhase.Fingerprinting:
                Task("inputs", "fingerprinting inputs").IsIndeterminate = true;
                break;
            case RunPhase.RunningStages:
                Finish("inputs");
                break;
            case RunPhase.WritingManifest:
                _publish = progress.AddTask("publishing", maxValue: 4);
                break;
            case RunPhase.Syncing or RunPhase.Renaming or RunPhase.SwitchingPointer or RunPhase.Retention:
                _publish?.Increment(1);
                break;
            case RunPhase.Completed:
                foreach (var task in _tasks.Values)
                {
                    task.StopTask();
                }

                if (_publish is not null)
                {
                    _publish.Value = _publish.MaxValue;
                    _publish.StopTask();
                }

                break;
        }
    }

    public override void OnStageStarted(int index, int count, string name) => Task(name, $"{index + 1}/{count} {Markup.Escape(name)}");

    public override void OnStageProgress(string name, StageProgress progress) => Task(name, name).Value = progress.Fraction * 100;

    public override void OnStageCompleted(string name, StageResult result, TimeSpan elapsed) => Finish(name);

    public override void OnStageFailed(string name, Exception error)
    {
        var task = Task(name, name);
        task.Description = $"[red]{Markup.Escape(name)} failed[/]";
        task.StopTask();
    }

    private ProgressTask Task(string key, string description)
    {
        if (!_tasks.TryGetValue(key, out var task))
        {
            task = progress.AddTask(description, maxValue: 100);
            _tasks[key] = task;
        }

        return task;
    }

    private void Finish(string key)
    {
        if (_tasks.TryGetValue(key, out var task))
        {
            task.IsIndeterminate = false;
            task.Value = 100;
            task.StopTask();
        }
    }
}
