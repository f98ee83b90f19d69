using System.Globalization;
using Registry.Etl.Core;
using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Data;

/// <summary>
/// The inputs of one run with typed views of the columns the model reads, each built once and cached.
/// In dedupe mode the right side is the left side (same arrays).
/// </summary>
internal sealed partial class InputData
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<object>> _cache = new(StringComparer.Ordinal);
    private readonly RightInputCache? _rightCache;

    /// <param name="rightCache">Encodings of the right table's columns shared with other runs against it (link mode), or null.</param>
    public InputData(Table left, Table? right, LinkType linkType, RightInputCache? rightCache = null)
    {
        ArgumentNullException.ThrowIfNull(left);
        if (linkType == LinkType.Link && right is null)
        {
            Throw.Configuration("A link model needs a right input (--right).");
        }

        if (linkType == LinkType.Dedupe && right is not null)
        {
            Throw.Configuration("A dedupe model takes one input; the model says link_type: dedupe but a right input was given.");
        }

        Left = left;
        Right = right ?? left;
        IsDedupe = linkType == LinkType.Dedupe;
        _rightCache = IsDedupe ? null : rightCache;
    }

    public Table Left { get; }

    public Table Right { get; }

    public bool IsDedupe { get; }

    public int LeftCount => Left.RowCount;

    public int RightCount => Right.RowCount;

    public EncodedStrings Strings(ColumnRef column) =>
        Cached("s:" + column, () => EncodeStrings(LeftColumn(column), IsDedupe ? null : RightColumn(column), _rightCache));

    public NumberValues Numbers(ColumnRef column) => Cached("n:" + column, () =>
    {
        var left = ToNumbers(LeftColumn(column));
        return new NumberValues(left, IsDedupe ? left : ToNumbers(RightColumn(column)));
    });

    public DateValues Dates(ColumnRef column, string? format) => Cached($"d:{column}:{format}", () =>
    {
        var (ld, ly) = ToDates(LeftColumn(column), format);
        if (IsDedupe)
        {
            return new DateValues(ld, ld, ly, ly);
        }

        var (rd, ry) = ToDates(RightColumn(column), format);
        return new DateValues(ld, rd, ly, ry);
    });

    /// <summary>A key part as dense ids shared by both sides (-1 null).</summary>
    public EncodedStrings Key(KeySpec key) => Cached("k:" + key + ":" + key.Format, () =>
    {
        if (key.Transform == KeyTransform.None)
        {
            return Strings(key.Column);
        }

        if (key.Transform == KeyTransform.Year)
        {
            var dates = Dates(key.Column, key.Format);
            return EncodeDerived(dates.LeftYmd, IsDedupe ? null : dates.RightYmd, ymd => ymd < 0 ? null : (ymd / 10000).ToString(CultureInfo.InvariantCulture));
        }

        var s = Strings(key.Column);
        var transformed = new string?[s.Values.Length];
        for (var i = 0; i < transformed.Length; i++)
        {
            transformed[i] = Transform(s.Values[i], key);
        }

        return EncodeMapped(s, transformed);
    });

    private static string? Transform(string value, KeySpec key)
    {
        var t = key.Transform switch
        {
            KeyTransform.Prefix => value.Length <= key.Length ? value : value[..key.Length],
            KeyTransform.Suffix => value.Length <= key.Length ? value : value[^key.Length..],
            KeyTransform.Lower => value.ToLowerInvariant(),
            KeyTransform.Soundex => Comparisons.Soundex.Encode(value),
            _ => value,
        };
        return t.Length == 0 ? null : t;
    }

    /// <summary>Builds each view once, even when several threads ask for it at the same time.</summary>
    private T Cached<T>(string key, Func<T> build)
        where T : class =>
        (T)_cache.GetOrAdd(key, _ => new Lazy<object>(() => build(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Encodes the given columns in parallel (each column is independent work).</summary>
    public void Prepare(IEnumerable<ColumnRef> columns, int parallelism)
    {
        try
        {
            Parallel.ForEach(columns.Distinct(), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, c => Strings(c));
        }
        catch (AggregateException e) when (e.InnerExceptions[0] is Core.Errors.RegistryEtlException inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
        }
    }

    public Column LeftColumn(ColumnRef column) => Find(Left, column.Left, IsDedupe ? "input" : "left input");

    public Column RightColumn(ColumnRef column) => IsDedupe ? LeftColumn(column) : Find(Right, column.Right, "right input");

    private static Column Find(Table table, string name, string side) =>
        table.Schema.TryIndexOf(name, out var i)
            ? table[i]
            : Throw.Configuration<Column>($"The model reads column '{name}', which the {side} does not have (columns: {string.Join(", ", table.Schema.Select(c => c.Name))}).");
}
