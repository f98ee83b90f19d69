using Registry.Etl.Core.Data;

namespace Registry.Etl.Linkage.Data;

/// <summary>
/// One column dictionary-encoded on its own: per row the id of its text (-1 null or empty), the distinct texts in
/// order of first occurrence, and how often each occurs. <see cref="InputData"/> numbers a left and a right column
/// together by encoding the left one and then adding the right one's values in this order, which gives the same
/// ids as encoding the right rows one by one after the left ones.
/// </summary>
internal sealed class ColumnEncoding
{
    private ColumnEncoding(int[] ids, string[] values, int[] counts)
    {
        Ids = ids;
        Values = values;
        Counts = counts;
    }

    public int[] Ids { get; }

    public string[] Values { get; }

    public int[] Counts { get; }

    public static ColumnEncoding Of(Column column)
    {
        if (column is StringColumn { ValueIds: { } valueIds } strings)
        {
            return FromValueIds(strings, valueIds);
        }

        if (ByValue(column) is { } numbers)
        {
            return numbers;
        }

        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        var counts = new List<int>();
        long nonNull = 0;
        var ids = InputData.EncodeInto(column, dictionary, values, counts, ref nonNull);
        return new ColumnEncoding(ids, [.. values], [.. counts]);
    }

    /// <summary>
    /// The same encoding from the numbers the column's rows carry: each number's first row gives its value and id,
    /// so a million-row column of pseudonyms costs an array look-up per row instead of hashing 64 characters.
    /// </summary>
    private static ColumnEncoding FromValueIds(StringColumn column, int[] valueIds)
    {
        const int Unseen = -2;
        var map = new int[column.ValueIdCount];
        Array.Fill(map, Unseen);
        var values = new List<string>();
        var counts = new List<int>();
        var ids = new int[column.Length];
        for (var row = 0; row < ids.Length; row++)
        {
            var number = valueIds[row];
            if (number < 0)
            {
                ids[row] = -1;
                continue;
            }

            ref var id = ref map[number];
            if (id == Unseen)
            {
                // as InputData.Text: an empty string counts as null
                var text = column[row];
                if (string.IsNullOrEmpty(text))
                {
                    id = -1;
                }
                else
                {
                    id = values.Count;
                    values.Add(text);
                    counts.Add(0);
                }
            }

            if (id >= 0)
            {
                counts[id]++;
            }

            ids[row] = id;
        }

        return new ColumnEncoding(ids, [.. values], [.. counts]);
    }

    /// <summary>
    /// Whether <see cref="Of"/> numbers the column by its values rather than its text: integers, dates and booleans,
    /// whose text (<see cref="InputData.Text"/>) is one to one with the value. Decimals and doubles are not (1.0 and
    /// 1.00 are one value, two texts).
    /// </summary>
    public static bool EncodesByValue(Column column) => column is Column<int> or Column<long> or Column<bool>;

    /// <summary>
    /// The same encoding keyed by the values: a dates or numbers column of a million rows then makes one text per
    /// distinct value instead of one per row, and hashes integers instead of texts. Null for other columns.
    /// </summary>
    private static ColumnEncoding? ByValue(Column column)
    {
        Func<int, long>? value = column switch
        {
            Column<int> c => row => c[row],
            Column<long> c => row => c[row],
            Column<bool> c => row => c[row] ? 1 : 0,
            _ => null,
        };
        if (value is null)
        {
            return null;
        }

        var byValue = new Dictionary<long, int>();
        var values = new List<string>();
        var counts = new List<int>();
        var ids = new int[column.Length];
        for (var row = 0; row < ids.Length; row++)
        {
            if (column.IsNull(row))
            {
                ids[row] = -1;
                continue;
            }

            ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byValue, value(row), out var seen);
            if (!seen)
            {
                id = values.Count;
                values.Add(InputData.Text(column, row)!);
                counts.Add(0);
            }

            counts[id]++;
            ids[row] = id;
        }

        return new ColumnEncoding(ids, [.. values], [.. counts]);
    }
}
