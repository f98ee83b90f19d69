using Registry.Etl.Linkage.Comparisons.Expressions;

namespace Registry.Etl.Linkage.Model;

/// <summary>
/// Every column a model reads, per side: the unique id, deterministic, blocking and training keys, the
/// comparisons' columns and the columns their level expressions name (<c>l.x</c> and <c>r.x</c> read
/// <c>x</c> on both sides). A caller that holds large inputs on disk reads only these.
/// </summary>
public static class ModelColumns
{
    public static (IReadOnlySet<string> Left, IReadOnlySet<string> Right) Of(LinkageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var left = new SortedSet<string>(StringComparer.Ordinal);
        var right = new SortedSet<string>(StringComparer.Ordinal);
        void Add(ColumnRef c)
        {
            left.Add(c.Left);
            right.Add(c.Right);
        }

        if (model.UniqueId is { } id)
        {
            Add(id);
        }

        foreach (var keys in model.Deterministic.Select(d => d.Keys).Concat(model.Blocking.Select(b => b.Keys)).Concat(model.EmSessions.Select(s => s.Keys)))
        {
            foreach (var key in keys)
            {
                Add(key.Column);
            }
        }

        foreach (var comparison in model.Comparisons)
        {
            foreach (var c in comparison.ColumnsRead())
            {
                Add(c);
            }

            foreach (var expression in comparison.Levels.Select(l => l.Expression).OfType<string>())
            {
                foreach (var token in ExprTokenizer.Tokenize(expression))
                {
                    if (token.Length > 2 && (token.StartsWith("l.", StringComparison.Ordinal) || token.StartsWith("r.", StringComparison.Ordinal)))
                    {
                        Add(ColumnRef.Same(token[2..]));
                    }
                }
            }
        }

        return (left, right);
    }
}
