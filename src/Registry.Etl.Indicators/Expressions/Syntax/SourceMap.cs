using Registry.Etl.Core.Errors;

namespace Registry.Etl.Indicators.Expressions.Syntax;

/// <summary>
/// Maps an offset in the expression text to its place in the spec file. The first line starts at the
/// origin; every later line is taken to start at the origin's column too, which is how a YAML block
/// scalar (<c>|</c>) lays out its lines: the block's indentation is stripped from each.
/// </summary>
internal sealed class SourceMap
{
    private readonly SourceLocation _origin;
    private readonly int[] _lineStarts;

    public SourceMap(string text, SourceLocation origin)
    {
        _origin = origin;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public SourceLocation Locate(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = offset - _lineStarts[line] + 1;
        var firstLine = _origin.Line > 0 ? _origin.Line : 1;
        var firstColumn = _origin.Column > 0 ? _origin.Column : 1;
        return new SourceLocation(_origin.File, firstLine + line, firstColumn + column - 1);
    }

    public ExpressionException Error(int offset, string reason) => new(reason, Locate(offset));
}
