using Registry.Etl.Core.Data;
using Registry.Etl.Pipeline.Stages.Ingest;

namespace Registry.Etl.Pipeline.Stages.Link;

/// <summary>
/// Right inputs that models read whole (<c>right_rows: all</c>), shared by the models of one link stage that
/// read the same source: the union of their columns is read once (the national NKR once, not once per model)
/// and let go after the last of those models has taken its columns.
/// </summary>
/// <param name="indexes">Key indexes the text columns are read from (<see cref="LinkInputs.Whole"/>); none: all decoded from the file.</param>
internal sealed class SharedRightReads(KeyColumnIndexes? indexes = null)
{
    private readonly Dictionary<string, SortedSet<string>> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _uses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Table> _tables = new(StringComparer.Ordinal);

    /// <summary>Announces that a model will read these columns of a source whole.</summary>
    public void Expect(string source, IEnumerable<string> columns)
    {
        if (!_columns.TryGetValue(source, out var set))
        {
            _columns[source] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.UnionWith(columns);
        _uses[source] = _uses.GetValueOrDefault(source) + 1;
    }

    /// <summary>A model that announced a read will not read after all (its outputs were reused): one use fewer.</summary>
    public void Skip(string source)
    {
        if (_uses.TryGetValue(source, out var uses) && uses > 0)
        {
            _uses[source] = uses - 1;
            if (uses == 1)
            {
                _tables.Remove(source);
            }
        }
    }

    /// <summary>The columns <paramref name="names"/> (in that order) of every row of the source.</summary>
    public Table Read(IngestedSource source, IReadOnlyList<string> names)
    {
        if (!_uses.TryGetValue(source.Source, out var uses) || uses == 0)
        {
            return LinkInputs.Whole(source, names, indexes); // not announced: read on its own
        }

        if (!_tables.TryGetValue(source.Source, out var table))
        {
            _tables[source.Source] = table = LinkInputs.Whole(source, [.. _columns[source.Source].Where(source.Has)], indexes);
        }

        _uses[source.Source] = uses - 1;
        if (uses == 1)
        {
            _tables.Remove(source.Source);
        }

        var positions = names.Select(n => table.Schema.IndexOf(n)).ToArray();
        return new Table(new TableSchema(positions.Select(i => table.Schema[i])), [.. positions.Select(i => table[i])]);
    }
}
