namespace Registry.Etl.Linkage.Model;

/// <summary>How accepted links become clusters of records that belong to one entity.</summary>
public enum ClusteringMethod
{
    /// <summary>Connected components over every accepted link (transitive closure).</summary>
    ConnectedComponents,

    /// <summary>
    /// Each record keeps only its single best accepted link (highest weight, ties to the lowest partner
    /// index), then connected components over those links: one weak chain cannot merge two entities.
    /// </summary>
    BestLink,
}
