namespace Registry.Etl.Linkage.Model;

/// <summary>Whether one input is deduplicated or two inputs are linked to each other.</summary>
public enum LinkType
{
    /// <summary>One input; every pair of distinct records is a candidate (Splink's <c>dedupe_only</c>).</summary>
    Dedupe,

    /// <summary>Two inputs; only left x right pairs are candidates (Splink's <c>link_only</c>).</summary>
    Link,
}
