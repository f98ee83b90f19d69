using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Expressions.Syntax;

namespace Registry.Etl.Indicators.Expressions;

/// <summary>Parses and type-checks expressions (the language is documented in indicator-specs/README.md).</summary>
public static class ExpressionCompiler
{
    /// <summary>
    /// Compiles <paramref name="text"/> against <paramref name="environment"/>.
    /// </summary>
    /// <param name="origin">
    /// Where the first character of <paramref name="text"/> is in its spec file. Later lines of a multi-line
    /// text are taken to start at the same column (as in a YAML block scalar, whose indentation is stripped).
    /// </param>
    /// <exception cref="ExpressionException">The text is not a valid expression; the location is the offending token.</exception>
    public static CompiledExpression Compile(string text, ExpressionEnvironment environment, SourceLocation origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        var map = new SourceMap(text, origin);
        var root = Parser.Parse(text, environment, map, out var columns);
        return new CompiledExpression(text, root, columns);
    }
}
