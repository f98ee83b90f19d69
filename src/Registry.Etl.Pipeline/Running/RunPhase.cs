namespace Registry.Etl.Pipeline.Running;

/// <summary>The phases of a run, in order; observers see each one start.</summary>
public enum RunPhase
{
    /// <summary>Taking the output lock, sweeping what killed runs left in staging.</summary>
    Preparing,

    /// <summary>Hashing every export file and spec file; the run id follows from these.</summary>
    Fingerprinting,

    /// <summary>Running the declared stages into the staging folder.</summary>
    RunningStages,

    /// <summary>Hashing the outputs and writing manifest.json and timings.json into staging.</summary>
    WritingManifest,

    /// <summary>fsync of every staged file and folder.</summary>
    Syncing,

    /// <summary>The rename of the staging folder to <c>runs/&lt;id&gt;</c>.</summary>
    Renaming,

    /// <summary>The rename of a fresh symlink over <c>current</c>.</summary>
    SwitchingPointer,

    /// <summary>Removing published runs beyond the retention policy.</summary>
    Retention,

    /// <summary>Done: published, or discarded with nothing published.</summary>
    Completed,
}
