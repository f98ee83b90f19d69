using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Data;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Blocking;

/// <summary>
/// For a link model: which records of a (large) right input could ever meet a left record, i.e. share at
/// least one complete key of a deterministic or blocking rule with some left record. Every other right
/// record is in no candidate pair, so a caller may drop it before linking (reading the right input in
/// chunks) without losing a pair. Keys are compared as the engine compares them (same transforms).
/// </summary>
/// <remarks>
/// The left inputs are encoded once: per key part, the left values get ids; per rule, the combinations of
/// part ids that occur on the left get ids too. A right chunk then costs one encoding per key part (shared by
/// the rules that use it) and one look-up per distinct value, plus a few integer look-ups per row and rule:
/// no key text is built per row, and a national register is read in minutes rather than tens of minutes.
/// </remarks>
public sealed class BlockingFilter
{
    private readonly KeySpec[] _parts;
    private readonly Dictionary<string, int>[] _leftValues;
    private readonly LeftRule[] _rules;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] _leftLookups;

    private BlockingFilter(KeySpec[] parts, Dictionary<string, int>[] leftValues, LeftRule[] rules)
    {
        _parts = parts;
        _leftValues = leftValues;
        _rules = rules;
        _leftLookups = [.. leftValues.Select(v => v.GetAlternateLookup<ReadOnlySpan<char>>())];
        Parts = [.. parts.Select(p => (p.Column.Right, p.Transform == KeyTransform.None))];
    }

    /// <summary>The keys of every rule over the left input.</summary>
    public static BlockingFilter ForLeft(LinkageModel model, Table left) => ForLefts(model, [left]);

    /// <summary>The keys of every rule over several left inputs: a right record is kept when it could meet a record of any of them.</summary>
    public static BlockingFilter ForLefts(LinkageModel model, IReadOnlyList<Table> lefts) => ForLefts(model, lefts, LeftRule.MaxLastPairBits);

    /// <param name="maxLastPairBits">Largest set of bits a rule's last step may use instead of its dictionary (tests give 0 to use none).</param>
    internal static BlockingFilter ForLefts(LinkageModel model, IReadOnlyList<Table> lefts, long maxLastPairBits)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lefts);
        if (model.LinkType != LinkType.Link)
        {
            Core.Throw.Configuration($"Model '{model.Name}' is a dedupe model; only a link model's right input can be filtered by the left input's keys.");
        }

        IReadOnlyList<IReadOnlyList<KeySpec>> specs = [.. model.Deterministic.Select(d => d.Keys), .. model.Blocking.Select(b => b.Keys)];

        // a key part is one column of one side with its transform; rules share parts (a date of birth in three rules)
        var parts = new List<KeySpec>();
        var rightParts = new List<KeySpec>();
        var partOf = specs.Select(rule => rule.Select(k =>
        {
            var index = parts.IndexOf(k);
            if (index < 0)
            {
                index = parts.Count;
                parts.Add(k);
                rightParts.Add(k with { Column = ColumnRef.Same(k.Column.Right) });
            }

            return index;
        }).ToArray()).ToArray();

        var leftValues = parts.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var rules = partOf.Select(p => new LeftRule(p)).ToArray();
        foreach (var left in lefts)
        {
            ArgumentNullException.ThrowIfNull(left);
            var data = new InputData(left, null, LinkType.Dedupe);
            var ids = new int[parts.Count][];
            for (var p = 0; p < parts.Count; p++)
            {
                var encoded = data.Key(parts[p] with { Column = ColumnRef.Same(parts[p].Column.Left) });
                var global = encoded.Values.Select(v => IdOf(leftValues[p], v)).ToArray();
                ids[p] = [.. encoded.Left.Select(id => id < 0 ? -1 : global[id])];
            }

            foreach (var rule in rules)
            {
                rule.AddLeft(ids, left.RowCount);
            }
        }

        foreach (var rule in rules)
        {
            rule.Seal([.. leftValues.Select(v => v.Count)], maxLastPairBits);
        }

        return new BlockingFilter([.. rightParts], leftValues, rules);
    }

    private static int IdOf(Dictionary<string, int> ids, string value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = ids.Count;
            ids.Add(value, id);
        }

        return id;
    }

    /// <summary>Per row of <paramref name="right"/> (a chunk of the right input): whether it shares a key with the left input.</summary>
    public bool[] Keep(Table right)
    {
        ArgumentNullException.ThrowIfNull(right);
        return Keep(right.RowCount, right, new int[]?[_parts.Length]);
    }

    /// <summary>
    /// The key parts in the order <see cref="Keep(int, Table, int[][])"/> takes their ids: each part's right column and
    /// whether the column's text is compared as it is (no transform), so that a part's ids can be had from the
    /// text (<see cref="LeftIdOf"/>) without a column of strings.
    /// </summary>
    public IReadOnlyList<(string Column, bool AsIs)> Parts { get; }

    /// <summary>
    /// The id of a text value of an as-is part (<see cref="Parts"/>) among the left values, or -1 (empty, or on
    /// no left record): what <see cref="Keep(Table)"/> gives that value when it is a string column's.
    /// </summary>
    public int LeftIdOf(int part, ReadOnlySpan<char> text) =>
        !text.IsEmpty && _leftLookups[part].TryGetValue(text, out var id) ? id : -1;

    /// <summary>
    /// Per row of a chunk of <paramref name="rows"/> right rows: whether it shares a key with the left input.
    /// <paramref name="partIds"/> holds, per part, its left ids when the caller has them (from the text of an
    /// as-is string column, <see cref="LeftIdOf"/>); the other parts are read from <paramref name="right"/>.
    /// </summary>
    public bool[] Keep(int rows, Table? right, int[]?[] partIds)
    {
        ArgumentNullException.ThrowIfNull(partIds);
        if (partIds.Length != _parts.Length)
        {
            throw new ArgumentException($"One entry per key part ({_parts.Length}) is needed.", nameof(partIds));
        }

        var data = right is null ? null : new InputData(right, null, LinkType.Dedupe);
        var ids = new int[_parts.Length][];
        for (var p = 0; p < _parts.Length; p++)
        {
            if (partIds[p] is { } known)
            {
                ids[p] = known.Length == rows ? known : throw new ArgumentException($"Part {p} has {known.Length} ids for {rows} rows.", nameof(partIds));
                continue;
            }

            if (data is null)
            {
                throw new ArgumentException($"Part {p} ({_parts[p].Column.Right}) has no ids and there is no table to read it from.", nameof(right));
            }

            var column = _parts[p].Transform == KeyTransform.None ? data.LeftColumn(_parts[p].Column) : null;
            ids[p] = column switch
            {
                StringColumn s => LeftIds(s, _leftValues[p]),
                Column<int> c => LeftIds(c, _leftValues[p]),
                _ => LeftIds(data.Key(_parts[p]), _leftValues[p]),
            };
        }

        var keep = new bool[rows];
        foreach (var rule in _rules)
        {
            rule.Mark(ids, keep);
        }

        return keep;
    }

    /// <summary>Per row, the left id of a transformed key part: each distinct right value looked up once.</summary>
    private static int[] LeftIds(EncodedStrings encoded, Dictionary<string, int> known)
    {
        var toLeft = encoded.Values.Select(v => known.TryGetValue(v, out var id) ? id : -1).ToArray();
        return [.. encoded.Left.Select(id => id < 0 ? -1 : toLeft[id])];
    }

    /// <summary>
    /// Per row, the left id of a text column's value (-1: null, empty or on no left record). Rows read from
    /// Parquet share one instance per repeated value, so an instance seen just before is found by reference,
    /// without hashing its text again (<see cref="InstanceIds"/>).
    /// </summary>
    private static int[] LeftIds(StringColumn column, Dictionary<string, int> known)
    {
        var values = column.Values;
        var ids = new int[values.Length];
        var byInstance = new InstanceIds();
        for (var row = 0; row < ids.Length; row++)
        {
            if (values[row] is not { Length: > 0 } value)
            {
                ids[row] = -1;
                continue;
            }

            if (!byInstance.TryGet(value, out var id))
            {
                id = known.TryGetValue(value, out var k) ? k : -1;
                byInstance.Set(value, id);
            }

            ids[row] = id;
        }

        return ids;
    }

    /// <summary>Per row, the left id of a number or date column's value: its text (as the engine writes it) made once per distinct value.</summary>
    private static int[] LeftIds(Column<int> column, Dictionary<string, int> known)
    {
        var ids = new int[column.Length];
        var byValue = new Dictionary<int, int>();
        for (var row = 0; row < ids.Length; row++)
        {
            if (column.IsNull(row))
            {
                ids[row] = -1;
                continue;
            }

            if (!byValue.TryGetValue(column[row], out var id))
            {
                id = InputData.Text(column, row) is { } text && known.TryGetValue(text, out var k) ? k : -1;
                byValue.Add(column[row], id);
            }

            ids[row] = id;
        }

        return ids;
    }

    /// <summary>One rule's left keys: combinations of part ids, numbered part by part (a pair of ids becomes one id).</summary>
    private sealed class LeftRule(int[] parts)
    {
        // steps[k - 1]: (id of the first k parts, id of part k) -> id of the first k + 1 parts
        // a single part needs no step: every id of a part's value stands for a value some left record has
        private readonly Dictionary<long, int>[] _steps = [.. parts.Skip(1).Select(_ => new Dictionary<long, int>(PairKeyComparer.Instance))];

        public void AddLeft(int[][] ids, int rows)
        {
            for (var row = 0; row < rows; row++)
            {
                var id = ids[parts[0]][row];
                for (var k = 1; k < parts.Length && id >= 0; k++)
                {
                    var next = ids[parts[k]][row];
                    if (next < 0)
                    {
                        id = -1;
                        break;
                    }

                    var step = _steps[k - 1];
                    var pair = ((long)id << 32) | (uint)next;
                    if (!step.TryGetValue(pair, out id))
                    {
                        id = step.Count;
                        step.Add(pair, id);
                    }
                }
            }
        }

        /// <summary>Bits of the set below at most (32 MB): a date of birth and a PC4 of a national audit need 18 MB.</summary>
        public const long MaxLastPairBits = 1L << 28;

        // the last step as a set of bits (previous id * part count + part id) when that is small enough: a right
        // row only asks whether its pair occurs on the left, and twenty million rows ask
        private ulong[]? _lastPairs;
        private long _lastPartCount;

        /// <summary>Called once the left inputs are added, with each part's number of left values.</summary>
        public void Seal(int[] partCounts, long maxBits)
        {
            if (parts.Length < 2)
            {
                return;
            }

            long previous = parts.Length == 2 ? partCounts[parts[0]] : _steps[^2].Count;
            var count = (long)partCounts[parts[^1]];
            if (previous * count > maxBits)
            {
                return;
            }

            var bits = new ulong[((previous * count) + 63) / 64];
            foreach (var pair in _steps[^1].Keys)
            {
                var cell = ((pair >> 32) * count) + (uint)pair;
                bits[cell >> 6] |= 1UL << (int)(cell & 63);
            }

            (_lastPairs, _lastPartCount) = (bits, count);
        }

        public void Mark(int[][] ids, bool[] keep)
        {
            var last = parts.Length - 1;
            var bits = _lastPairs;
            for (var row = 0; row < keep.Length; row++)
            {
                if (keep[row])
                {
                    continue;
                }

                var id = ids[parts[0]][row];
                for (var k = 1; k < parts.Length && id >= 0; k++)
                {
                    var next = ids[parts[k]][row];
                    if (k == last && bits is not null)
                    {
                        // ids are left ids (0..count - 1) or -1
                        var cell = (id * _lastPartCount) + next;
                        id = next >= 0 && next < _lastPartCount && (bits[cell >> 6] & (1UL << (int)(cell & 63))) != 0 ? 0 : -1;
                        break;
                    }

                    id = next >= 0 && _steps[k - 1].TryGetValue(((long)id << 32) | (uint)next, out var combined) ? combined : -1;
                }

                keep[row] = id >= 0;
            }
        }
    }
}
