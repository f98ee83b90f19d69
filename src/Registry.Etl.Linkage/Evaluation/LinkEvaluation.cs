namespace Registry.Etl.Linkage.Evaluation;

/// <summary>
/// Pairwise precision, recall and F1 against ground truth over all pairs: the true pairs are every pair of
/// records with the same entity (dedupe: within the input; link: left x right), so true pairs that
/// blocking never proposed count as misses.
/// </summary>
public sealed record LinkEvaluation(long TruePairs, long PredictedPairs, long TruePositives)
{
    public long FalsePositives => PredictedPairs - TruePositives;

    public long FalseNegatives => TruePairs - TruePositives;

    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePositives / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)TruePositives / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <param name="leftEntity">Entity per left row (null: unknown, never a true pair).</param>
    /// <param name="rightEntity">Entity per right row; null in dedupe mode.</param>
    /// <param name="predictedLeft">Left rows of the predicted pairs (distinct pairs).</param>
    /// <param name="predictedRight">Right rows of the predicted pairs.</param>
    public static LinkEvaluation Evaluate(
        IReadOnlyList<string?> leftEntity, IReadOnlyList<string?>? rightEntity, ReadOnlySpan<int> predictedLeft, ReadOnlySpan<int> predictedRight)
    {
        ArgumentNullException.ThrowIfNull(leftEntity);
        var dedupe = rightEntity is null;
        var left = Count(leftEntity);
        long truePairs = 0;
        if (dedupe)
        {
            foreach (var n in left.Values)
            {
                truePairs += n * (n - 1) / 2;
            }
        }
        else
        {
            var right = Count(rightEntity!);
            foreach (var (entity, n) in left)
            {
                truePairs += right.TryGetValue(entity, out var m) ? n * m : 0;
            }
        }

        var seen = new HashSet<long>(Blocking.PairKeyComparer.Instance);
        long predicted = 0, tp = 0;
        var rights = rightEntity ?? leftEntity;
        for (var i = 0; i < predictedLeft.Length; i++)
        {
            int a = predictedLeft[i], b = predictedRight[i];
            if (dedupe && a > b)
            {
                (a, b) = (b, a);
            }

            if ((dedupe && a == b) || !seen.Add(((long)a << 32) | (uint)b))
            {
                continue;
            }

            predicted++;
            if (leftEntity[a] is { } e && e == rights[b])
            {
                tp++;
            }
        }

        return new LinkEvaluation(truePairs, predicted, tp);
    }

    private static Dictionary<string, long> Count(IReadOnlyList<string?> entities)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e is not null)
            {
                counts[e] = counts.GetValueOrDefault(e) + 1;
            }
        }

        return counts;
    }
}
