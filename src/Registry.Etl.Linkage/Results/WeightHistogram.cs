namespace Registry.Etl.Linkage.Results;

/// <summary>Match weights of every scored candidate pair in bins of <see cref="BinWidth"/>; weights beyond ±<see cref="Limit"/> go to the end bins.</summary>
public sealed class WeightHistogram
{
    public const double BinWidth = 0.5;
    public const double Limit = 60;

    private readonly long[] _counts = new long[(int)(2 * Limit / BinWidth)];

    public int BinCount => _counts.Length;

    public double BinStart(int bin) => -Limit + (bin * BinWidth);

    public long Count(int bin) => _counts[bin];

    internal void Add(double weight)
    {
        var bin = (int)Math.Floor((weight + Limit) / BinWidth);
        _counts[Math.Clamp(bin, 0, _counts.Length - 1)]++;
    }

    internal void AddTo(WeightHistogram total)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            total._counts[i] += _counts[i];
        }
    }
}
