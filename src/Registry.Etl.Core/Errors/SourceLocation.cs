namespace Registry.Etl.Core.Errors;

/// <summary>Where in a file something was found: the coordinates every error and record issue carries.</summary>
/// <param name="File">Path or name of the file as the user gave it.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column (character or field index, as the reader defines), or 0 when unknown.</param>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
