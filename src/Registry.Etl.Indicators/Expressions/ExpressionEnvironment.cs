using Registry.Etl.Core;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Indicators.Expressions;

/// <summary>
/// The names an expression may use besides literals: the dataset's columns, code lists (<c>@name</c>) and
/// versioned spec parameters (<c>$name</c>).
/// </summary>
public sealed class ExpressionEnvironment
{
    private readonly Dictionary<string, CodeList> _codeLists;
    private readonly Dictionary<string, object> _parameters;

    /// <param name="schema">The dataset's columns.</param>
    /// <param name="codeLists">Name to codes, matched exactly by <c>in @name</c> or as prefixes by <c>in prefixes(@name)</c>.</param>
    /// <param name="parameters">Name to a value of type int, long, double, string, bool or DateOnly.</param>
    public ExpressionEnvironment(
        TableSchema schema,
        IReadOnlyDictionary<string, IReadOnlyList<string>> codeLists,
        IReadOnlyDictionary<string, object> parameters)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(codeLists);
        ArgumentNullException.ThrowIfNull(parameters);
        Schema = schema;
        _codeLists = new Dictionary<string, CodeList>(StringComparer.Ordinal);
        foreach (var (name, codes) in codeLists)
        {
            ArgumentNullException.ThrowIfNull(codes);
            foreach (var code in codes)
            {
                if (code is null)
                {
                    Throw.Argument($"Code list '{name}' contains a null code.", nameof(codeLists));
                }
            }

            _codeLists.Add(name, new CodeList(name, [.. codes]));
        }

        _parameters = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (value is not (int or long or double or string or bool or DateOnly))
            {
                Throw.Argument($"Parameter '{name}' must be an int, long, double, string, bool or DateOnly, got {value?.GetType().Name ?? "null"}.", nameof(parameters));
            }

            _parameters.Add(name, value);
        }
    }

    public TableSchema Schema { get; }

    internal IEnumerable<string> CodeListNames => _codeLists.Keys;

    internal IEnumerable<string> ParameterNames => _parameters.Keys;

    internal bool TryGetCodeList(string name, out CodeList codeList) => _codeLists.TryGetValue(name, out codeList!);

    internal bool TryGetParameter(string name, out object value) => _parameters.TryGetValue(name, out value!);
}
