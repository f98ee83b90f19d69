namespace Registry.Etl.Pipeline.Definition;

/// <summary>Retries with exponential back-off, for transient failures only.</summary>
/// <param name="MaxAttempts">Attempts in total, the first included (1 = no retry).</param>
/// <param name="InitialDelay">Wait before the second attempt; doubles per attempt.</param>
/// <param name="MaxDelay">Upper bound of one wait.</param>
public sealed record RetryDefinition(int MaxAttempts, TimeSpan InitialDelay, TimeSpan MaxDelay)
{
    public static RetryDefinition Default { get; } = new(3, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10));

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Max(0, attempt - 1));
        var ms = Math.Min(InitialDelay.TotalMilliseconds * factor, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ms);
    }
}
