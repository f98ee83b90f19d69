namespace Registry.Etl.Pipeline.Stages;

/// <summary>
/// In-memory hand-over between stages of one run (e.g. the standardised <c>Table</c>s ingest built, so
/// linkage does not read them back from disk). Keys are strings by convention <c>stage/what</c>.
/// </summary>
public sealed class StageArtifacts
{
    private readonly Dictionary<string, object> _items = new(StringComparer.Ordinal);

    public void Set<T>(string key, T value)
        where T : class => _items[key] = value;

    public T Get<T>(string key)
        where T : class =>
        TryGet<T>(key, out var v) ? v : Core.Throw.InvalidOperation<T>($"No artifact '{key}' of type {typeof(T).Name}; did an earlier stage produce it?");

    public bool TryGet<T>(string key, out T value)
        where T : class
    {
        if (_items.TryGetValue(key, out var o) && o is T t)
        {
            value = t;
            return true;
        }

        value = null!;
        return false;
    }
}
