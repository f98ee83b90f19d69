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
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        var counts = new List<int>();
        long nonNull = 0;
        var ids = InputData.EncodeInto(column, dictionary, values, counts, ref nonNull);
        return new ColumnEncoding(ids, [.. values], [.. counts]);
    }
}
