using System.Diagnostics.CodeAnalysis;
using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Definition;

/// <summary>An indicator pinned to one immutable version: <c>id@version</c>.</summary>
public sealed record IndicatorPin(string Id, string Version, SourceLocation Location)
{
    public static bool TryParse(string text, SourceLocation location, [NotNullWhen(true)] out IndicatorPin? pin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == text.Length - 1 || text.IndexOf('@', at + 1) >= 0 || !IsToken(text.AsSpan(0, at)) || !IsToken(text.AsSpan(at + 1)))
        {
            pin = null;
            return false;
        }

        pin = new IndicatorPin(text[..at], text[(at + 1)..], location);
        return true;
    }

    public override string ToString() => $"{Id}@{Version}";

    private static bool IsToken(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
