namespace Registry.Etl.Linkage.Data;

/// <summary>
/// A column of both inputs dictionary-encoded once: equal values get equal ids on both sides, so exact
/// agreement is an integer comparison, and each distinct value's count gives its term frequency.
/// </summary>
internal sealed class EncodedStrings
{
    private NumbersRead? _valueNumbers;

    public EncodedStrings(int[] left, int[] right, string[] values, int[] counts, long nonNull)
    {
        Left = left;
        Right = right;
        Values = values;
        Counts = counts;
        NonNull = nonNull;
    }

    /// <summary>Id per left row; -1 for null.</summary>
    public int[] Left { get; }

    /// <summary>Id per right row (the same array as <see cref="Left"/> in dedupe mode).</summary>
    public int[] Right { get; }

    public string[] Values { get; }

    /// <summary>Occurrences of each id over the stacked inputs (dedupe: the one input).</summary>
    public int[] Counts { get; }

    public long NonNull { get; }

    /// <summary>
    /// Each distinct value read as a number by <paramref name="read"/> (NaN when it is none), made on first use and
    /// kept: a level expression compares text as numbers when both read as numbers, and reads each value once
    /// instead of once per pair. Kept for the reader that made them: another reader gets its own numbers.
    /// </summary>
    public double[] ValueNumbers(Func<string, double> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Volatile.Read(ref _valueNumbers) is { } kept && kept.Read.Equals(read))
        {
            return kept.Numbers;
        }

        // threads that race here make equal arrays; either may stay
        var made = new NumbersRead(read, Array.ConvertAll(Values, v => read(v)));
        Volatile.Write(ref _valueNumbers, made);
        return made.Numbers;
    }

    /// <summary>Relative frequency of a value among the non-null values of the stacked inputs.</summary>
    public double Frequency(int id) => NonNull == 0 ? 0 : (double)Counts[id] / NonNull;

    /// <summary>The numbers of the values and the reader that made them.</summary>
    private sealed record NumbersRead(Func<string, double> Read, double[] Numbers);
}
