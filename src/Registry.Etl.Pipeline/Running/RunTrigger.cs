namespace Registry.Etl.Pipeline.Running;

/// <summary>Why a run started; kept in the catalog.</summary>
public enum RunTrigger
{
    /// <summary><c>registry-etl run</c>.</summary>
    Manual,

    /// <summary>A scheduled slot fired.</summary>
    Schedule,

    /// <summary>A slot re-executed on another node after the node running it died.</summary>
    Recovery,
}
