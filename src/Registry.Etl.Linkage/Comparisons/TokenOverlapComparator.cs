namespace Registry.Etl.Linkage.Comparisons;

/// <summary>
/// At least <c>min</c> tokens in common (tokens split on <c>separator</c>, default whitespace; with
/// <c>prefix</c> k only the first k characters of each token count): ICD-10 lists, multi-part names.
/// </summary>
internal sealed class TokenOverlapComparator(string? separator, int prefix, int min) : ICustomComparator
{
    public bool Matches(string left, string right)
    {
        var a = Tokens(left);
        var shared = 0;
        foreach (var t in Tokens(right))
        {
            if (a.Remove(t) && ++shared >= Math.Max(1, min))
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string> Tokens(string value)
    {
        var parts = separator is null
            ? value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in parts)
        {
            set.Add(prefix > 0 && p.Length > prefix ? p[..prefix] : p);
        }

        return set;
    }
}
