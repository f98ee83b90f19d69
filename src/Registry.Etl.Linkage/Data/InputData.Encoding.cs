using System.Globalization;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Linkage.Data;

internal sealed partial class InputData
{
    /// <summary>The value of a row as text (invariant culture), or null; empty text counts as null.</summary>
    public static string? Text(Column column, int row)
    {
        if (column.IsNull(row))
        {
            return null;
        }

        switch (column)
        {
            case StringColumn s:
                var v = s[row];
                return string.IsNullOrEmpty(v) ? null : v;
            case Column<int> d when column.Kind == ColumnKind.Date:
                return ColumnStorage.FromDays(d[row]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case Column<bool> b:
                return b[row] ? "true" : "false";
            default:
                return column.GetValue(row) is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : column.GetValue(row)?.ToString();
        }
    }

    private static EncodedStrings EncodeStrings(Column left, Column? right, RightInputCache? cache)
    {
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        var counts = new List<int>();
        long nonNull = 0;
        var l = EncodeInto(left, dictionary, values, counts, ref nonNull);
        var r = right is null ? l
            : cache is null ? EncodeInto(right, dictionary, values, counts, ref nonNull)
            : AddEncoded(cache.Strings(right), dictionary, values, counts, ref nonNull, keep: false);
        return new EncodedStrings(l, r, [.. values], [.. counts], nonNull);
    }

    /// <summary>
    /// A column's rows encoded into a dictionary that may already hold values (a left column's): new values are
    /// numbered in order of first occurrence, and every non-null row is counted.
    /// </summary>
    internal static int[] EncodeInto(Column column, Dictionary<string, int> dictionary, List<string> values, List<int> counts, ref long nonNull)
    {
        if (column is StringColumn { ValueIds: not null } || ColumnEncoding.EncodesByValue(column))
        {
            // rows that carry their value's number, or numbers and dates: numbered by those (one text per distinct
            // value), the same ids and counts without hashing each row's text
            return AddEncoded(ColumnEncoding.Of(column), dictionary, values, counts, ref nonNull);
        }

        var ids = new int[column.Length];

        // rows read from Parquet share one instance per repeated value (dictionary pages, pooling): an
        // instance seen just before is found by reference, without hashing its text (64-character pseudonyms)
        var strings = column is StringColumn s ? s.Values : default;
        var byInstance = strings.IsEmpty ? null : new InstanceIds();
        for (var row = 0; row < ids.Length; row++)
        {
            var instance = byInstance is null ? null : strings[row];
            if (instance is not null && byInstance!.TryGet(instance, out var seen))
            {
                ids[row] = seen;
                if (seen >= 0)
                {
                    counts[seen]++;
                    nonNull++;
                }

                continue;
            }

            var id = -1;
            if (Text(column, row) is { } text)
            {
                id = IdOf(text, dictionary, values, counts);
                counts[id]++;
                nonNull++;
            }

            ids[row] = id;
            if (instance is not null)
            {
                byInstance!.Set(instance, id);
            }
        }

        return ids;
    }

    /// <summary>
    /// What <see cref="EncodeInto"/> gives the column of <paramref name="own"/> (encoded on its own, once per right
    /// table): its values taken in order of first occurrence number a value new to the dictionary as the row-by-row
    /// pass would have, so the ids and counts are the same; one look-up per distinct value instead of one per row.
    /// </summary>
    /// <param name="keep">
    /// False when nothing is encoded into <paramref name="dictionary"/> after this column: a value new to it is then
    /// numbered without being added (the column's own values are distinct, so none can meet it again), which spares
    /// the dictionary a million pseudonyms that only the right side of a national register holds.
    /// </param>
    private static int[] AddEncoded(ColumnEncoding own, Dictionary<string, int> dictionary, List<string> values, List<int> counts, ref long nonNull, bool keep = true)
    {
        var map = new int[own.Values.Length];
        for (var v = 0; v < map.Length; v++)
        {
            var text = own.Values[v];
            int id;
            if (keep)
            {
                id = IdOf(text, dictionary, values, counts);
            }
            else if (!dictionary.TryGetValue(text, out id))
            {
                id = values.Count;
                values.Add(text);
                counts.Add(0);
            }

            map[v] = id;
            counts[id] += own.Counts[v];
            nonNull += own.Counts[v];
        }

        var ids = new int[own.Ids.Length];
        for (var row = 0; row < ids.Length; row++)
        {
            var id = own.Ids[row];
            ids[row] = id < 0 ? -1 : map[id];
        }

        return ids;
    }

    /// <summary>The id of <paramref name="text"/>, numbered next (count 0) when it is new to the dictionary.</summary>
    private static int IdOf(string text, Dictionary<string, int> dictionary, List<string> values, List<int> counts)
    {
        if (!dictionary.TryGetValue(text, out var id))
        {
            id = values.Count;
            dictionary.Add(text, id);
            values.Add(text);
            counts.Add(0);
        }

        return id;
    }

    /// <summary>Re-encodes an encoded column through a per-value mapping (a key transform), keeping ids dense.</summary>
    private static EncodedStrings EncodeMapped(EncodedStrings source, string?[] mapped)
    {
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        var remap = new int[mapped.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            if (mapped[i] is not { } m)
            {
                remap[i] = -1;
                continue;
            }

            if (!dictionary.TryGetValue(m, out var id))
            {
                id = values.Count;
                dictionary.Add(m, id);
                values.Add(m);
            }

            remap[i] = id;
        }

        var counts = new int[values.Count];
        long nonNull = 0;
        int[] Apply(int[] ids)
        {
            var result = new int[ids.Length];
            for (var row = 0; row < ids.Length; row++)
            {
                var id = ids[row] < 0 ? -1 : remap[ids[row]];
                result[row] = id;
                if (id >= 0)
                {
                    counts[id]++;
                    nonNull++;
                }
            }

            return result;
        }

        var l = Apply(source.Left);
        var r = ReferenceEquals(source.Left, source.Right) ? l : Apply(source.Right);
        return new EncodedStrings(l, r, [.. values], counts, nonNull);
    }

    private static EncodedStrings EncodeDerived(int[] left, int[]? right, Func<int, string?> map)
    {
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        var counts = new List<int>();
        long nonNull = 0;
        int[] Encode(int[] source)
        {
            var ids = new int[source.Length];
            for (var row = 0; row < ids.Length; row++)
            {
                if (map(source[row]) is not { } text)
                {
                    ids[row] = -1;
                    continue;
                }

                var id = IdOf(text, dictionary, values, counts);
                ids[row] = id;
                counts[id]++;
                nonNull++;
            }

            return ids;
        }

        var l = Encode(left);
        var r = right is null ? l : Encode(right);
        return new EncodedStrings(l, r, [.. values], [.. counts], nonNull);
    }

    private static double[] ToNumbers(Column column)
    {
        var result = new double[column.Length];
        for (var row = 0; row < result.Length; row++)
        {
            result[row] = column.IsNull(row)
                ? double.NaN
                : column switch
                {
                    Column<int> c => c[row],
                    Column<long> c => c[row],
                    Column<double> c => c[row],
                    Column<decimal> c => (double)c[row],
                    Column<bool> c => c[row] ? 1 : 0,
                    StringColumn s => double.TryParse(s[row], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN,
                    _ => double.NaN,
                };
        }

        return result;
    }

    private static (int[] Days, int[] Ymd) ToDates(Column column, string? format)
    {
        var days = new int[column.Length];
        var ymd = new int[column.Length];
        for (var row = 0; row < days.Length; row++)
        {
            days[row] = DateValues.NoDate;
            ymd[row] = -1;
            if (column.IsNull(row))
            {
                continue;
            }

            if (column is Column<int> d && column.Kind == ColumnKind.Date)
            {
                var date = ColumnStorage.FromDays(d[row]);
                days[row] = d[row];
                ymd[row] = (date.Year * 10000) + (date.Month * 100) + date.Day;
                continue;
            }

            if (Text(column, row) is { } text && DateText.TryParts(text, format, out var y, out var m, out var day))
            {
                ymd[row] = (y * 10000) + (m * 100) + day;
                if (m is >= 1 and <= 12 && y is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(y, m))
                {
                    days[row] = ColumnStorage.ToDays(new DateOnly(y, m, day));
                }
            }
        }

        return (days, ymd);
    }
}
