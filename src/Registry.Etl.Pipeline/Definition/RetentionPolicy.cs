namespace Registry.Etl.Pipeline.Definition;

/// <summary>How many published runs stay on disk (the one <c>current</c> points to always stays).</summary>
public sealed record RetentionPolicy(int KeepRuns)
{
    public static RetentionPolicy Default { get; } = new(14);
}
