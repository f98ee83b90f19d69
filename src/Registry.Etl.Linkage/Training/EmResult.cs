namespace Registry.Etl.Linkage.Training;

/// <summary>The outcome of one EM run: the share of matches among its pairs, m per comparison level, the likelihood trace.</summary>
internal sealed record EmResult(double Lambda, double[][] M, int Iterations, bool Converged, IReadOnlyList<double> LogLikelihood);
