namespace Registry.Etl.Ingest.Reading;

/// <summary>Picks the delimiter of a file among the contract's candidates: the one found most often, outside quotes, in the header line.</summary>
internal static class DelimiterDetector
{
    public static char? Detect(ReadOnlySpan<byte> head, IReadOnlyList<char> candidates)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var counts = new int[candidates.Count];
        var quoted = false;
        foreach (var b in head)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b is (byte)'\n' or (byte)'\r')
            {
                break;
            }
            else if (!quoted)
            {
                for (var i = 0; i < counts.Length; i++)
                {
                    if (b == candidates[i])
                    {
                        counts[i]++;
                    }
                }
            }
        }

        var best = -1;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : candidates[best];
    }
}
