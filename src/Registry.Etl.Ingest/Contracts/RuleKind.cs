namespace Registry.Etl.Ingest.Contracts;

/// <summary>A cross-field rule between two raw columns of one row (both must have a value to be checked).</summary>
public enum RuleKind
{
    /// <summary>Date <c>column</c> is on or after date <c>other</c> (surgery not before diagnosis).</summary>
    NotBefore,

    /// <summary>Date <c>column</c> is on or before date <c>other</c> (birth not after surgery).</summary>
    NotAfter,

    /// <summary>Number <c>column</c> is at most number <c>other</c> (positive nodes at most examined nodes).</summary>
    AtMost,
}
