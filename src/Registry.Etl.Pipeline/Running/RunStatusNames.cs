namespace Registry.Etl.Pipeline.Running;

/// <summary>The snake_case spelling of statuses in the catalog and the manifest.</summary>
public static class RunStatusNames
{
    public static string ToName(this RunStatus status) => status switch
    {
        RunStatus.Running => "running",
        RunStatus.Succeeded => "succeeded",
        RunStatus.DataProblems => "data_problems",
        RunStatus.Rejected => "rejected",
        RunStatus.ConfigError => "config_error",
        RunStatus.Failed => "failed",
        RunStatus.Cancelled => "cancelled",
        RunStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ToName(this RunTrigger trigger) => trigger switch
    {
        RunTrigger.Manual => "manual",
        RunTrigger.Schedule => "schedule",
        RunTrigger.Recovery => "recovery",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
    };
}
