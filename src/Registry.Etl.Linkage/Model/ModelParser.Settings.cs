using Registry.Etl.Core;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Linkage.Model;

public static partial class ModelParser
{
    private static TrainingSpec ParseTraining(YamlReader y, YamlNode node)
    {
        var map = y.Mapping(node, "training");
        y.AllowOnly(map, "training", "seed", "u_max_pairs", "em_sessions", "em_max_pairs", "em_max_iterations", "em_tolerance", "prior", "correct_u_for_matches");
        var defaults = new TrainingSpec();
        var prior = YamlReader.Get(map, "prior") is { } p ? y.ParseDouble(p, "training.prior") : (double?)null;
        if (prior is <= 0 or >= 1)
        {
            Throw.Configuration("training.prior must be a probability strictly between 0 and 1.", y.At(map));
        }

        var spec = new TrainingSpec
        {
            Seed = (ulong)y.Long(map, "seed", "training", (long)defaults.Seed),
            UMaxPairs = y.Long(map, "u_max_pairs", "training", defaults.UMaxPairs),
            EmSessions = YamlReader.Get(map, "em_sessions") is { } s ? ParseRules(y, s, "em_sessions") : [],
            EmMaxPairs = y.Long(map, "em_max_pairs", "training", defaults.EmMaxPairs),
            EmMaxIterations = y.Int(map, "em_max_iterations", "training", defaults.EmMaxIterations),
            EmTolerance = y.Double(map, "em_tolerance", "training", defaults.EmTolerance),
            Prior = prior,
            CorrectUForMatches = y.Bool(map, "correct_u_for_matches", "training", defaults.CorrectUForMatches),
        };
        if (spec.UMaxPairs < 1000 || spec.EmMaxPairs < 1000 || spec.EmMaxIterations < 1 || spec.EmTolerance <= 0)
        {
            Throw.Configuration("training: u_max_pairs and em_max_pairs must be >= 1000, em_max_iterations >= 1, em_tolerance > 0.", y.At(map));
        }

        return spec;
    }

    private static DecisionSpec ParseDecision(YamlReader y, YamlNode node)
    {
        var map = y.Mapping(node, "decision");
        y.AllowOnly(
            map, "decision", "match_probability", "match_weight", "review_probability", "review_weight",
            "output_probability", "output_weight", "one_to_one", "clustering");
        var d = new DecisionSpec();
        var spec = new DecisionSpec
        {
            MatchProbability = Probability(y, map, "match", d.MatchProbability),
            ReviewProbability = Probability(y, map, "review", d.ReviewProbability),
            OutputProbability = Probability(y, map, "output", d.OutputProbability),
            OneToOne = y.Bool(map, "one_to_one", "decision", false),
            Clustering = y.OptionalString(map, "clustering", "decision") switch
            {
                null or "connected_components" => ClusteringMethod.ConnectedComponents,
                "best_link" => ClusteringMethod.BestLink,
                var t => Throw.Configuration<ClusteringMethod>(
                    $"decision.clustering must be connected_components or best_link, got '{t}'.", y.At(map)),
            },
        };
        if (!(spec.OutputProbability <= spec.ReviewProbability && spec.ReviewProbability <= spec.MatchProbability))
        {
            Throw.Configuration("decision: thresholds must satisfy output <= review <= match.", y.At(map));
        }

        return spec;
    }

    /// <summary>A threshold given as a probability (<c>X_probability</c>) or as a match weight (<c>X_weight</c>, log2 odds).</summary>
    private static double Probability(YamlReader y, YamlMappingNode map, string name, double fallback)
    {
        var p = YamlReader.Get(map, name + "_probability");
        var w = YamlReader.Get(map, name + "_weight");
        if (p is not null && w is not null)
        {
            Throw.Configuration($"decision: give {name}_probability or {name}_weight, not both.", y.At(map));
        }

        if (w is not null)
        {
            var weight = y.ParseDouble(w, $"decision.{name}_weight");
            return 1.0 / (1.0 + Math.Pow(2, -weight));
        }

        if (p is null)
        {
            return fallback;
        }

        var prob = y.ParseDouble(p, $"decision.{name}_probability");
        return prob is > 0 and <= 1 ? prob : Throw.Configuration<double>($"decision.{name}_probability must be in (0, 1].", y.At(p));
    }
}
