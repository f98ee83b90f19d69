namespace Registry.Etl.Linkage.Model;

/// <summary>One part of a blocking or deterministic key: a column, optionally transformed.</summary>
public sealed record KeySpec(ColumnRef Column, KeyTransform Transform = KeyTransform.None, int Length = 0, string? Format = null)
{
    public override string ToString() => Transform switch
    {
        KeyTransform.None => Column.ToString(),
        KeyTransform.Prefix or KeyTransform.Suffix => $"{Transform.ToString().ToLowerInvariant()}({Column},{Length})",
        _ => $"{Transform.ToString().ToLowerInvariant()}({Column})",
    };
}
