namespace Registry.Etl.Linkage.Comparisons;

/// <summary>The same tokens in any order ("jan piet" = "piet jan"); case-insensitive.</summary>
internal sealed class SortedTokensComparator(string? separator) : ICustomComparator
{
    public bool Matches(string left, string right) => Key(left) == Key(right);

    private string Key(string value)
    {
        var parts = separator is null
            ? value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].ToUpperInvariant();
        }

        Array.Sort(parts, StringComparer.Ordinal);
        return string.Join('\u0001', parts);
    }
}
