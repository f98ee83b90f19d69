namespace Registry.Etl.Linkage.Results;

/// <summary>
/// The pairs a run reports, as columns: every deterministic link and every scored pair at or above the
/// output threshold, ordered by (left, right). Indices are 0-based rows of the left and right input
/// (dedupe: both of the one input, left &lt; right).
/// </summary>
public sealed class ScoredPairs
{
    private readonly PairExplainer _explainer;

    internal ScoredPairs(int count, PairExplainer explainer)
    {
        Count = count;
        _explainer = explainer;
        Left = new int[count];
        Right = new int[count];
        Weight = new double[count];
        Probability = new double[count];
        Pattern = new int[count];
        Stage = new PairStage[count];
        Rule = new string[count];
        Match = new bool[count];
        Review = new bool[count];
    }

    public int Count { get; }

    public int[] Left { get; }

    public int[] Right { get; }

    /// <summary>Match weight: log2 of the posterior odds of a match (prior odds times all Bayes factors).</summary>
    public double[] Weight { get; }

    public double[] Probability { get; }

    /// <summary>Comparison pattern code (-1 for deterministic links).</summary>
    internal int[] Pattern { get; }

    public PairStage[] Stage { get; }

    /// <summary>The deterministic rule that linked the pair, or the first blocking rule that found it.</summary>
    public string[] Rule { get; }

    /// <summary>Accepted as a match (threshold, and the one-to-one constraint when on).</summary>
    public bool[] Match { get; }

    /// <summary>In the clerical-review queue: between the review and match thresholds, or a match lost to one-to-one.</summary>
    public bool[] Review { get; }

    /// <summary>The level index of a comparison for a pair (0 null, last else; -1 for deterministic links).</summary>
    public int Level(int pair, int comparison) => Pattern[pair] < 0 ? -1 : _explainer.Level(Pattern[pair], comparison);

    /// <summary>The level label of a comparison for a pair.</summary>
    public string LevelLabel(int pair, int comparison) =>
        Pattern[pair] < 0 ? "deterministic" : _explainer.Label(Pattern[pair], comparison);

    /// <summary>log2 Bayes factor a comparison contributed to the pair's weight, term-frequency adjustment included.</summary>
    public double Contribution(int pair, int comparison) =>
        Pattern[pair] < 0 ? 0 : _explainer.Contribution(Left[pair], Right[pair], Pattern[pair], comparison);

    /// <summary>log2 prior odds, the weight every pair starts from.</summary>
    public double PriorWeight => _explainer.PriorWeight;
}
