namespace Registry.Etl.Synthetic.Randomness;

internal static class Logistic
{
    public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    public static double Logit(double p) => Math.Log(p / (1.0 - p));

    /// <summary>
    /// The intercept a that makes the mean of sigmoid(a + offsets[i]) equal <paramref name="target"/>.
    /// Used to calibrate each planted rate on the case-mix actually generated, so a configured rate is
    /// the expected rate of the realised population.
    /// </summary>
    public static double CalibrateIntercept(double[] offsets, double target)
    {
        if (offsets.Length == 0)
        {
            return Logit(target);
        }

        return CalibrateIntercept(
            a =>
            {
                var sum = 0.0;
                foreach (var o in offsets)
                {
                    sum += Sigmoid(a + o);
                }

                return sum / offsets.Length;
            },
            target);
    }

    /// <summary>
    /// The root a of meanAt(a) = target for an increasing function, by the Illinois variant of regula
    /// falsi (Dowell and Jarratt, BIT 1971): bracketing, so it always converges, and superlinear, so about
    /// ten evaluations reach 1e-12 where bisection needs sixty.
    /// </summary>
    public static double CalibrateIntercept(Func<double, double> meanAt, double target)
    {
        double lo = -30, hi = 30;
        var fLo = meanAt(lo) - target;
        var fHi = meanAt(hi) - target;
        if (fLo >= 0)
        {
            return lo;
        }

        if (fHi <= 0)
        {
            return hi;
        }

        var side = 0;
        for (var iteration = 0; iteration < 200 && hi - lo > 1e-12; iteration++)
        {
            var a = (lo * fHi - hi * fLo) / (fHi - fLo);
            if (!(a > lo && a < hi))
            {
                a = 0.5 * (lo + hi);
            }

            var f = meanAt(a) - target;
            if (f == 0)
            {
                return a;
            }

            if (f < 0)
            {
                lo = a;
                fLo = f;
                if (side == -1)
                {
                    fHi *= 0.5;
                }

                side = -1;
            }
            else
            {
                hi = a;
                fHi = f;
                if (side == 1)
                {
                    fLo *= 0.5;
                }

                side = 1;
            }

            if (Math.Abs(f) < 1e-15)
            {
                return a;
            }
        }

        return 0.5 * (lo + hi);
    }
}
