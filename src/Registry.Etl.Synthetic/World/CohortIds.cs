namespace Registry.Etl.Synthetic.World;

/// <summary>
/// Hands out the dense person indices of the in-memory cohorts (colorectal and liver patients). Other
/// populations use disjoint ranges (<see cref="PersonRanges"/>), so every person has one BSN.
/// </summary>
internal sealed class CohortIds
{
    private long _next;

    public long Next()
    {
        if (_next >= PersonRanges.OtherCancerBase)
        {
            Core.Throw.InvalidOperation("The cohort outgrew its person range.");
        }

        return _next++;
    }

    public long Count => _next;
}
