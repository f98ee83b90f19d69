namespace Registry.Etl.Synthetic.Randomness;

internal partial struct Rng
{
    /// <summary>
    /// Standard normal by Marsaglia's polar method (Marsaglia and Bray, SIAM Review 1964): no
    /// trigonometry; one of the pair is used and nothing is cached, so a stream stays a pure function of
    /// its draws.
    /// </summary>
    public double Normal()
    {
        double u, v, s;
        do
        {
            u = 2.0 * NextDouble() - 1.0;
            v = 2.0 * NextDouble() - 1.0;
            s = u * u + v * v;
        }
        while (s >= 1.0 || s == 0.0);

        return u * Math.Sqrt(-2.0 * Math.Log(s) / s);
    }

    public double Normal(double mean, double sd) => mean + sd * Normal();

    /// <summary>Log-normal with the given median and log-scale standard deviation.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    /// <summary>Exponential waiting time with the given rate (events per unit time).</summary>
    public double Exponential(double rate) => -Math.Log(1.0 - NextDouble()) / rate;

    /// <summary>Poisson by inversion for small means and a rounded normal approximation above 60 (only volumes use large means).</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 60)
        {
            return Math.Max(0, (int)Math.Round(Normal(mean, Math.Sqrt(mean))));
        }

        var l = Math.Exp(-mean);
        var k = 0;
        var p = NextDouble();
        var cumulative = l;
        var term = l;
        while (p > cumulative && k < 1000)
        {
            k++;
            term *= mean / k;
            cumulative += term;
        }

        return k;
    }

    /// <summary>Index drawn with probability proportional to <paramref name="weights"/>.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var u = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>Index from a precomputed cumulative distribution (last element = total).</summary>
    public int PickCumulative(ReadOnlySpan<double> cumulative)
    {
        var u = NextDouble() * cumulative[^1];
        var lo = 0;
        var hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    public T Pick<T>(ReadOnlySpan<T> items) => items[Below(items.Length)];
}
