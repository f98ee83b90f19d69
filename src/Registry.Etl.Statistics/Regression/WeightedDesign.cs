namespace Registry.Etl.Statistics.Regression;

/// <summary>
/// The model matrix with every non-intercept column centred and scaled, row-major, for the IRLS cross-products.
/// </summary>
/// <remarks>
/// IRLS is equivariant under a linear reparametrisation of the columns (McCullagh &amp; Nelder 1989 §2.5), so the
/// iterates, deviances and iteration count are those of the raw columns; standardising only keeps X'WX well
/// conditioned, so that solving the normal equations loses no more digits than R's QR. Coefficients and their
/// covariance are mapped back with β = Tβ̃ and Cov(β) = T Cov(β̃) T'.
/// </remarks>
internal sealed class WeightedDesign
{
    public WeightedDesign(double[] raw, int rows, int columns)
    {
        Rows = rows;
        Columns = columns;
        Centre = new double[columns];
        Scale = new double[columns];
        Values = new double[raw.Length];
        Scale[0] = 1.0;
        for (var j = 1; j < columns; j++)
        {
            double sum = 0;
            for (var i = 0; i < rows; i++)
            {
                sum += raw[(i * columns) + j];
            }

            var mean = sum / rows;
            double squares = 0;
            for (var i = 0; i < rows; i++)
            {
                var d = raw[(i * columns) + j] - mean;
                squares += d * d;
            }

            Centre[j] = mean;
            Scale[j] = Math.Sqrt(squares / rows);
        }

        for (var i = 0; i < rows; i++)
        {
            Values[i * columns] = 1.0;
            for (var j = 1; j < columns; j++)
            {
                // A constant column keeps scale 0 here and is reported as not identifiable by the rank check.
                var scale = Scale[j] > 0.0 ? Scale[j] : 1.0;
                Values[(i * columns) + j] = (raw[(i * columns) + j] - Centre[j]) / scale;
            }
        }
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>Row-major standardised values; column 0 is the intercept.</summary>
    public double[] Values { get; }

    public double[] Centre { get; }

    /// <summary>Column standard deviations (0 for a constant column; 1 for the intercept).</summary>
    public double[] Scale { get; }

    /// <summary>η = X̃β̃ into <paramref name="eta"/>.</summary>
    public void Multiply(ReadOnlySpan<double> beta, Span<double> eta)
    {
        var p = Columns;
        var x = Values.AsSpan();
        for (var i = 0; i < Rows; i++)
        {
            var row = x.Slice(i * p, p);
            double sum = 0;
            for (var j = 0; j < p; j++)
            {
                sum += row[j] * beta[j];
            }

            eta[i] = sum;
        }
    }

    /// <summary>The map T from standardised to raw coefficients: β = Tβ̃.</summary>
    public double[,] BackTransform()
    {
        var t = new double[Columns, Columns];
        t[0, 0] = 1.0;
        for (var j = 1; j < Columns; j++)
        {
            var scale = Scale[j] > 0.0 ? Scale[j] : 1.0;
            t[j, j] = 1.0 / scale;
            t[0, j] = -Centre[j] / scale;
        }

        return t;
    }
}
