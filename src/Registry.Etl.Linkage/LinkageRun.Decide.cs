using Registry.Etl.Linkage.Blocking;
using Registry.Etl.Linkage.Clustering;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage;

internal sealed partial class LinkageRun
{
    private const int DensePatternLimit = 1 << 22;

    /// <summary>Scores every candidate pair, keeps those above the output threshold, decides matches and clusters.</summary>
    private LinkageResult Decide(LinkageParameters parameters, bool trained, DeterministicLinks det, Candidates candidates)
    {
        var weights = new WeightTable(parameters, _set);
        var lookup = PatternWeights(weights, candidates);
        var decision = _model.Decision;
        var outputWeight = Math.Log2(decision.OutputProbability / (1 - decision.OutputProbability));
        var buffers = candidates.Buffers;
        var kept = new List<(int Index, double Weight)>[buffers.Length];
        var histograms = new WeightHistogram[buffers.Length];
        var sums = new double[buffers.Length];
        Parallel.For(0, buffers.Length, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, b =>
        {
            var buffer = buffers[b];
            var list = new List<(int, double)>();
            var histogram = new WeightHistogram();
            double sum = 0;
            var patterns = buffer.Pattern;
            var tf = buffer.TfResidual;
            for (var i = 0; i < buffer.Count; i++)
            {
                var w = lookup(patterns[i]) + tf[i];
                histogram.Add(w);
                sum += ToProbability(w);
                if (w >= outputWeight || (decision.OutputProbability >= 1 && w == double.PositiveInfinity))
                {
                    list.Add((i, w));
                }
            }

            kept[b] = list;
            histograms[b] = histogram;
            sums[b] = sum;
        });

        var pairs = Collect(det, buffers, kept, new PairExplainer(_set, weights));
        var histogramTotal = new WeightHistogram();
        foreach (var h in histograms)
        {
            h.AddTo(histogramTotal);
        }

        ApplyThresholds(pairs);
        var (leftCluster, rightCluster, clusters) = Cluster(pairs);
        var diagnostics = Diagnose(pairs, det, candidates, parameters.Lambda, histogramTotal, sums.Sum(), clusters);
        Log($"{diagnostics.Matches} matches, {diagnostics.ReviewPairs} for review, {clusters} clusters");
        return new LinkageResult
        {
            Model = _model,
            Parameters = parameters,
            Trained = trained,
            LeftCount = _data.LeftCount,
            RightCount = _data.RightCount,
            Pairs = pairs,
            LeftCluster = leftCluster,
            RightCluster = rightCluster,
            Diagnostics = diagnostics,
        };
    }

    private static double ToProbability(double weight) => 1.0 / (1.0 + Math.Pow(2, -weight));

    private Func<int, double> PatternWeights(WeightTable weights, Candidates candidates)
    {
        if (_set.PatternCount <= DensePatternLimit)
        {
            var dense = new double[_set.PatternCount];
            foreach (var p in candidates.Patterns.Patterns)
            {
                dense[p] = weights.PatternWeight(_set, p);
            }

            return p => dense[p];
        }

        var sparse = new Dictionary<int, double>(candidates.Patterns.Distinct);
        foreach (var p in candidates.Patterns.Patterns)
        {
            sparse[p] = weights.PatternWeight(_set, p);
        }

        return p => sparse[p];
    }

    private ScoredPairs Collect(DeterministicLinks det, PairBuffer[] buffers, List<(int Index, double Weight)>[] kept, PairExplainer explainer)
    {
        var total = det.Count + kept.Sum(k => k.Count);
        var keys = new long[total];
        var source = new (int Buffer, int Index, double Weight)[total];
        var n = 0;
        for (var i = 0; i < det.Count; i++)
        {
            keys[n] = ((long)det.Left[i] << 32) | (uint)det.Right[i];
            source[n++] = (-1, i, double.PositiveInfinity);
        }

        for (var b = 0; b < buffers.Length; b++)
        {
            foreach (var (index, weight) in kept[b])
            {
                keys[n] = ((long)buffers[b].Left[index] << 32) | (uint)buffers[b].Right[index];
                source[n++] = (b, index, weight);
            }
        }

        Array.Sort(keys, source);
        var pairs = new ScoredPairs(total, explainer);
        for (var i = 0; i < total; i++)
        {
            var (b, index, weight) = source[i];
            pairs.Left[i] = (int)(keys[i] >> 32);
            pairs.Right[i] = (int)(keys[i] & 0xFFFFFFFF);
            pairs.Weight[i] = weight;
            pairs.Probability[i] = b < 0 ? 1.0 : ToProbability(weight);
            pairs.Pattern[i] = b < 0 ? -1 : buffers[b].Pattern[index];
            pairs.Stage[i] = b < 0 ? PairStage.Deterministic : PairStage.Probabilistic;
            pairs.Rule[i] = b < 0 ? _deterministic[det.Rule[index]].Name : _rules[buffers[b].Rule].Name;
        }

        return pairs;
    }

    private void ApplyThresholds(ScoredPairs pairs)
    {
        var d = _model.Decision;
        var candidates = new List<int>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var deterministic = pairs.Stage[i] == PairStage.Deterministic;
            pairs.Match[i] = deterministic || pairs.Probability[i] >= d.MatchProbability;
            pairs.Review[i] = !pairs.Match[i] && pairs.Probability[i] >= d.ReviewProbability;
            if (pairs.Match[i] && !deterministic)
            {
                candidates.Add(i);
            }
        }

        if (!d.OneToOne)
        {
            return;
        }

        var keep = OneToOne.Select(
            [.. candidates.Select(i => pairs.Left[i])], [.. candidates.Select(i => pairs.Right[i])], [.. candidates.Select(i => pairs.Weight[i])],
            _data.LeftCount, _data.RightCount, Dedupe);
        for (var k = 0; k < candidates.Count; k++)
        {
            if (!keep[k])
            {
                pairs.Match[candidates[k]] = false;
                pairs.Review[candidates[k]] = true;
            }
        }
    }

    private (int[] Left, int[] Right, int Count) Cluster(ScoredPairs pairs)
    {
        var offset = Dedupe ? 0 : _data.LeftCount;
        var nodes = Dedupe ? _data.LeftCount : _data.LeftCount + _data.RightCount;
        var a = new List<int>();
        var b = new List<int>();
        var w = new List<double>();
        for (var i = 0; i < pairs.Count; i++)
        {
            if (pairs.Match[i])
            {
                a.Add(pairs.Left[i]);
                b.Add(offset + pairs.Right[i]);
                w.Add(pairs.Weight[i]);
            }
        }

        int[] ea = [.. a], eb = [.. b];
        if (_model.Decision.Clustering == ClusteringMethod.BestLink)
        {
            var keep = Clusterer.BestLinks(nodes, ea, eb, [.. w], leftOnly: !Dedupe, _data.LeftCount);
            ea = [.. ea.Where((_, i) => keep[i])];
            eb = [.. eb.Where((_, i) => keep[i])];
        }

        var components = Clusterer.ConnectedComponents(nodes, ea, eb);
        var count = 0;
        for (var i = 0; i < nodes; i++)
        {
            count += components[i] == i ? 1 : 0;
        }

        var left = components[.._data.LeftCount];
        return (left, Dedupe ? left : components[_data.LeftCount..], count);
    }

    private LinkageDiagnostics Diagnose(
        ScoredPairs pairs, DeterministicLinks det, Candidates candidates, double lambda, WeightHistogram histogram, double sumP, int clusters)
    {
        double tp = 0, fp = 0;
        long matches = 0, review = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            if (pairs.Match[i])
            {
                matches++;
                tp += pairs.Probability[i];
                fp += 1 - pairs.Probability[i];
            }

            review += pairs.Review[i] ? 1 : 0;
        }

        var population = (lambda * candidates.AllPairs) + det.Count;
        return new LinkageDiagnostics
        {
            AllPairs = candidates.AllPairs,
            CandidatePairs = candidates.Count,
            Rules = candidates.Rules,
            DeterministicLinks = det.Counts,
            Histogram = histogram,
            Matches = matches,
            ReviewPairs = review,
            Clusters = clusters,
            ExpectedTruePositives = tp,
            ExpectedFalsePositives = fp,
            ExpectedMatchesAmongCandidates = sumP + det.Count,
            ExpectedMatchesInPopulation = population,
            EstimatedPrecision = matches == 0 ? 1 : tp / matches,
            EstimatedRecall = population <= 0 ? 1 : Math.Min(1, tp / population),
        };
    }
}
