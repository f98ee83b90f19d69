using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Registry.Etl.Statistics.Regression;

/// <summary>The IRLS loop, transcribed from R 4.2.2 glm.fit.</summary>
public static partial class LogisticRegression
{
    /// <summary>lm's tolerance for a column that adds nothing once the previous ones are projected out.</summary>
    private const double RankTolerance = 1e-7;

    private static IrlsOutcome Irls(Matrix<double> x, double[] y, LogisticRegressionOptions options, DesignMatrix design)
    {
        int n = x.RowCount, p = x.ColumnCount;
        var xValues = x.AsColumnMajorArray() ?? x.ToColumnMajorArray();
        var eta = new double[n];
        var mu = new double[n];
        for (var i = 0; i < n; i++)
        {
            eta[i] = LogitLink.Link((y[i] + 0.5) / 2.0);
            mu[i] = LogitLink.Inverse(eta[i]);
        }

        var devOld = Deviance(y, mu);
        Vector<double>? coefOld = null;
        Vector<double> beta = Vector<double>.Build.Dense(p);
        Matrix<double>? lastR = null;
        var converged = false;
        var iterations = 0;
        var weighted = new double[n * p];
        var zw = new double[n];
        double dev = double.NaN;
        for (var iter = 1; iter <= options.MaxIterations; iter++)
        {
            iterations = iter;
            for (var i = 0; i < n; i++)
            {
                var muEta = LogitLink.MuEta(eta[i]);
                var z = eta[i] + ((y[i] - mu[i]) / muEta);
                var w = Math.Sqrt(muEta * muEta / LogitLink.Variance(mu[i]));
                zw[i] = z * w;
                for (var j = 0; j < p; j++)
                {
                    weighted[(j * n) + i] = xValues[(j * n) + i] * w;
                }
            }

            var xw = Matrix<double>.Build.Dense(n, p, (double[])weighted.Clone());
            var qr = xw.QR(QRMethod.Thin);
            CheckRank(xw, qr.R, design);
            lastR = qr.R;
            beta = qr.Solve(Vector<double>.Build.Dense(zw));
            dev = Update(x, y, beta, eta, mu);

            // glm.fit halves the step towards the previous coefficients while the deviance is not finite.
            for (var halving = 0; !double.IsFinite(dev); halving++)
            {
                if (coefOld is null || halving >= options.MaxIterations)
                {
                    Throw.InvalidOperation("The IRLS step gave a non-finite deviance and could not be corrected by step halving.");
                }

                beta = (beta + coefOld) / 2.0;
                dev = Update(x, y, beta, eta, mu);
            }

            if (Math.Abs(dev - devOld) / (Math.Abs(dev) + 0.1) < options.Epsilon)
            {
                converged = true;
                break;
            }

            devOld = dev;
            coefOld = beta;
        }

        var rInverse = lastR!.Inverse();
        var covariance = (rInverse * rInverse.Transpose()).ToArray();
        return new IrlsOutcome(beta, covariance, iterations, converged, eta, mu, dev);
    }

    private static double Update(Matrix<double> x, double[] y, Vector<double> beta, double[] eta, double[] mu)
    {
        var linear = x * beta;
        for (var i = 0; i < eta.Length; i++)
        {
            eta[i] = linear[i];
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

    private static void CheckRank(Matrix<double> xw, Matrix<double> r, DesignMatrix design)
    {
        for (var j = 0; j < r.ColumnCount; j++)
        {
            var norm = xw.Column(j).L2Norm();
            if (norm == 0.0 || Math.Abs(r[j, j]) < RankTolerance * norm)
            {
                Throw.Argument(
                    "covariates",
                    $"Term '{design.Terms[j].Term}' is constant or collinear with the terms before it among the complete cases, so the model is not identifiable.");
            }
        }
    }

    private sealed record IrlsOutcome(
        Vector<double> Beta,
        double[,] Covariance,
        int Iterations,
        bool Converged,
        double[] Eta,
        double[] Mu,
        double Deviance);
}
