namespace Registry.Etl.Pipeline.Running;

/// <summary>The process exit codes every command shares (COMMON.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int DataProblems = 1;
    public const int Configuration = 2;
    public const int Failure = 3;

    public static int For(RunStatus status) => status switch
    {
        RunStatus.Succeeded or RunStatus.Skipped => Success,
        RunStatus.DataProblems or RunStatus.Rejected => DataProblems,
        RunStatus.ConfigError => Configuration,
        _ => Failure,
    };
}
