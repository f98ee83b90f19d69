using System.Collections;

namespace Registry.Etl.Core.Data;

/// <summary>An ordered list of uniquely named columns.</summary>
public sealed class TableSchema : IReadOnlyList<ColumnSchema>
{
    private readonly ColumnSchema[] _columns;
    private readonly Dictionary<string, int> _byName;

    public TableSchema(IEnumerable<ColumnSchema> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = [.. columns];
        _byName = new Dictionary<string, int>(_columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < _columns.Length; i++)
        {
            if (!_byName.TryAdd(_columns[i].Name, i))
            {
                Throw.Argument($"Column '{_columns[i].Name}' appears twice.", nameof(columns));
            }
        }
    }

    public int Count => _columns.Length;

    public ColumnSchema this[int index] => _columns[index];

    public ColumnSchema this[string name] => _columns[IndexOf(name)];

    public int IndexOf(string name) =>
        _byName.TryGetValue(name, out var i) ? i : Throw.InvalidOperation<int>($"No column named '{name}'.");

    public bool TryIndexOf(string name, out int index) => _byName.TryGetValue(name, out index);

    public bool Contains(string name) => _byName.ContainsKey(name);

    public IEnumerator<ColumnSchema> GetEnumerator() => ((IEnumerable<ColumnSchema>)_columns).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
