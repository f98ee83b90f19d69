namespace Registry.Etl.Indicators.Engine;

/// <summary>The selected rows of one stratum x period: nationally and per hospital (indexes into the selection).</summary>
internal sealed class Cell(string stratum, string period)
{
    public string Stratum { get; } = stratum;

    public string Period { get; } = period;

    public List<int> National { get; } = [];

    public SortedDictionary<string, List<int>> Hospitals { get; } = new(StringComparer.Ordinal);

    /// <summary>Groups a selection into cells, ordered by stratum then period (ordinal).</summary>
    public static IReadOnlyList<Cell> Group(Selection selection)
    {
        var cells = new SortedDictionary<(string, string), Cell>(Comparer<(string, string)>.Create(
            (a, b) => string.CompareOrdinal(a.Item1, b.Item1) is var c && c != 0 ? c : string.CompareOrdinal(a.Item2, b.Item2)));
        for (var k = 0; k < selection.Count; k++)
        {
            var key = (selection.Stratum[k], selection.Period[k]);
            if (!cells.TryGetValue(key, out var cell))
            {
                cells[key] = cell = new Cell(key.Item1, key.Item2);
            }

            cell.National.Add(k);
            if (!cell.Hospitals.TryGetValue(selection.Hospital[k], out var rows))
            {
                cell.Hospitals[selection.Hospital[k]] = rows = [];
            }

            rows.Add(k);
        }

        return [.. cells.Values];
    }
}
