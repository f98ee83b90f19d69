using Registry.Etl.Linkage.Comparisons;

namespace Registry.Etl.Linkage.Results;

/// <summary>Turns a pair's pattern back into levels and per-comparison contributions for the outputs.</summary>
internal sealed class PairExplainer(ComparisonSet set, WeightTable weights)
{
    public double PriorWeight => weights.PriorWeight;

    public int Level(int pattern, int comparison) => set.LevelOf(pattern, comparison);

    public string Label(int pattern, int comparison) => set.Comparisons[comparison].Spec.LevelLabel(set.LevelOf(pattern, comparison));

    public double Contribution(int left, int right, int pattern, int comparison)
    {
        var level = set.LevelOf(pattern, comparison);
        var c = set.Comparisons[comparison];
        return weights.Level[comparison][level] + (c.HasTermFrequency(level) ? c.TfResidual(left, right, level) : 0);
    }
}
