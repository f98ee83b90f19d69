using MathNet.Numerics.LinearAlgebra;

namespace Registry.Etl.Statistics.Regression;

/// <summary>The IRLS loop, transcribed from R 4.2.2 glm.fit.</summary>
public static partial class LogisticRegression
{
    /// <summary>lm's tolerance for a column that adds nothing once the previous ones are projected out.</summary>
    private const double RankTolerance = 1e-7;

    private static IrlsOutcome Irls(WeightedDesign x, double[] y, LogisticRegressionOptions options, DesignMatrix design)
    {
        int n = x.Rows, p = x.Columns;
        var eta = new double[n];
        var mu = new double[n];
        for (var i = 0; i < n; i++)
        {
            eta[i] = LogitLink.Link((y[i] + 0.5) / 2.0);
            mu[i] = LogitLink.Inverse(eta[i]);
        }

        var devOld = Deviance(y, mu);
        double[]? coefOld = null;
        var beta = new double[p];
        Matrix<double>? information = null;
        var converged = false;
        var iterations = 0;
        var dev = double.NaN;
        for (var iter = 1; iter <= options.MaxIterations; iter++)
        {
            iterations = iter;
            information = WeightedCrossProducts(x, y, eta, mu, out var rhs);
            beta = Solve(information, rhs, design);
            dev = Update(x, y, beta, eta, mu);

            // glm.fit halves the step towards the previous coefficients while the deviance is not finite.
            for (var halving = 0; !double.IsFinite(dev); halving++)
            {
                if (coefOld is null || halving >= options.MaxIterations)
                {
                    Throw.InvalidOperation("The IRLS step gave a non-finite deviance and could not be corrected by step halving.");
                }

                for (var j = 0; j < p; j++)
                {
                    beta[j] = (beta[j] + coefOld[j]) / 2.0;
                }

                dev = Update(x, y, beta, eta, mu);
            }

            if (Math.Abs(dev - devOld) / (Math.Abs(dev) + 0.1) < options.Epsilon)
            {
                converged = true;
                break;
            }

            devOld = dev;
            coefOld = (double[])beta.Clone();
        }

        // As summary.glm: the covariance is the inverse information at the working weights of the last step.
        var t = Matrix<double>.Build.DenseOfArray(x.BackTransform());
        var covariance = (t * information!.Inverse() * t.Transpose()).ToArray();
        var raw = (t * Vector<double>.Build.Dense(beta)).ToArray();
        return new IrlsOutcome(raw, covariance, iterations, converged, eta, mu, dev);
    }

    /// <summary>X̃'WX̃ and X̃'Wz with z = η + (y − μ)/μ'(η), W = μ'(η)²/V(μ), as glm.fit's weighted QR problem.</summary>
    private static Matrix<double> WeightedCrossProducts(WeightedDesign x, double[] y, double[] eta, double[] mu, out double[] rhs)
    {
        var p = x.Columns;
        var a = new double[p * p];
        rhs = new double[p];
        var values = x.Values.AsSpan();
        for (var i = 0; i < x.Rows; i++)
        {
            var muEta = LogitLink.MuEta(eta[i]);
            var z = eta[i] + ((y[i] - mu[i]) / muEta);
            var w = muEta * muEta / LogitLink.Variance(mu[i]);
            var row = values.Slice(i * p, p);
            for (var j = 0; j < p; j++)
            {
                var wx = w * row[j];
                rhs[j] += wx * z;
                for (var k = 0; k <= j; k++)
                {
                    a[(j * p) + k] += wx * row[k];
                }
            }
        }

        var information = Matrix<double>.Build.Dense(p, p);
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k <= j; k++)
            {
                information[j, k] = a[(j * p) + k];
                information[k, j] = a[(j * p) + k];
            }
        }

        return information;
    }

    /// <summary>Cholesky solve; a pivot below 1e-7 of its column's norm means the term adds nothing (as lm's QR test).</summary>
    private static double[] Solve(Matrix<double> information, double[] rhs, DesignMatrix design)
    {
        var p = information.RowCount;
        var factor = CholeskyOrNull(information);
        for (var j = 0; j < p; j++)
        {
            var norm = Math.Sqrt(information[j, j]);
            if (factor is null || !(norm > 0.0) || !(factor.Factor[j, j] >= RankTolerance * norm))
            {
                Throw.Argument(
                    "covariates",
                    $"Term '{design.Terms[FirstDeficient(information, design, factor)].Term}' is constant or collinear with the terms before it among the complete cases, so the model is not identifiable.");
            }
        }

        return factor!.Solve(Vector<double>.Build.Dense(rhs)).ToArray();
    }

    private static MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double>? CholeskyOrNull(Matrix<double> information)
    {
        try
        {
            return information.Cholesky();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int FirstDeficient(Matrix<double> information, DesignMatrix design, MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double>? factor)
    {
        // Without a factor (not positive definite), grow the leading block until it stops being factorable.
        for (var j = 0; j < design.Terms.Count; j++)
        {
            var norm = Math.Sqrt(information[j, j]);
            if (!(norm > 0.0))
            {
                return j;
            }

            if (factor is not null && !(factor.Factor[j, j] >= RankTolerance * norm))
            {
                return j;
            }

            if (factor is null)
            {
                var block = CholeskyOrNull(information.SubMatrix(0, j + 1, 0, j + 1));
                if (block is null || !(block.Factor[j, j] >= RankTolerance * norm))
                {
                    return j;
                }
            }
        }

        return design.Terms.Count - 1;
    }

    private static double Update(WeightedDesign x, double[] y, double[] beta, double[] eta, double[] mu)
    {
        x.Multiply(beta, eta);
        for (var i = 0; i < eta.Length; i++)
        {
            mu[i] = LogitLink.Inverse(eta[i]);
        }

        return Deviance(y, mu);
    }

    private static double Deviance(double[] y, double[] mu)
    {
        double sum = 0;
        for (var i = 0; i < y.Length; i++)
        {
            sum += LogitLink.UnitDeviance(y[i], mu[i]);
        }

        return sum;
    }

    private sealed record IrlsOutcome(
        double[] Beta,
        double[,] Covariance,
        int Iterations,
        bool Converged,
        double[] Eta,
        double[] Mu,
        double Deviance);
}
