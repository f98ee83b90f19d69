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
public sealed class BlockingFilter
{
    private const string Separator = "\u001F";
    private readonly IReadOnlyList<IReadOnlyList<KeySpec>> _rules;
    private readonly HashSet<string>[] _leftKeys;

    private BlockingFilter(IReadOnlyList<IReadOnlyList<KeySpec>> rules, HashSet<string>[] leftKeys)
    {
        _rules = rules;
        _leftKeys = leftKeys;
    }

    /// <summary>The keys of every rule over the left input.</summary>
    public static BlockingFilter ForLeft(LinkageModel model, Table left)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(left);
        if (model.LinkType != LinkType.Link)
        {
            Core.Throw.Configuration($"Model '{model.Name}' is a dedupe model; only a link model's right input can be filtered by the left input's keys.");
        }

        IReadOnlyList<IReadOnlyList<KeySpec>> rules = [.. model.Deterministic.Select(d => d.Keys), .. model.Blocking.Select(b => b.Keys)];
        var keys = new HashSet<string>[rules.Count];
        for (var r = 0; r < rules.Count; r++)
        {
            keys[r] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in Keys(rules[r], left, side => side.Left))
            {
                if (key is not null)
                {
                    keys[r].Add(key);
                }
            }
        }

        return new BlockingFilter(rules, keys);
    }

    /// <summary>Per row of <paramref name="right"/> (a chunk of the right input): whether it shares a key with the left input.</summary>
    public bool[] Keep(Table right)
    {
        ArgumentNullException.ThrowIfNull(right);
        var keep = new bool[right.RowCount];
        for (var r = 0; r < _rules.Count; r++)
        {
            var i = 0;
            foreach (var key in Keys(_rules[r], right, side => side.Right))
            {
                keep[i] |= key is not null && _leftKeys[r].Contains(key);
                i++;
            }
        }

        return keep;
    }

    /// <summary>The rule's complete key per row (null when a part is null), its parts joined by a control character.</summary>
    private static IEnumerable<string?> Keys(IReadOnlyList<KeySpec> rule, Table table, Func<ColumnRef, string> side)
    {
        // one table as a dedupe input: the engine's own key encoding (and transforms) of this side's column
        var data = new InputData(table, null, LinkType.Dedupe);
        var parts = rule.Select(k => data.Key(k with { Column = ColumnRef.Same(side(k.Column)) })).ToArray();
        for (var row = 0; row < table.RowCount; row++)
        {
            string? key = null;
            foreach (var part in parts)
            {
                var id = part.Left[row];
                if (id < 0)
                {
                    key = null;
                    break;
                }

                key = key is null ? part.Values[id] : string.Concat(key, Separator, part.Values[id]);
            }

            yield return key;
        }
    }
}
