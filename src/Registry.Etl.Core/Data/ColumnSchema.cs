namespace Registry.Etl.Core.Data;

/// <summary>One column of a table: name, logical type, whether it may hold nulls.</summary>
public sealed record ColumnSchema(string Name, ColumnKind Kind, bool Nullable = true)
{
    /// <summary>Total digits of a <see cref="ColumnKind.Decimal"/> column.</summary>
    public int Precision { get; init; } = 18;

    /// <summary>Digits after the decimal point of a <see cref="ColumnKind.Decimal"/> column.</summary>
    public int Scale { get; init; } = 2;

    /// <summary>True for direct or quasi identifiers, which privacy rules keep out of outputs and logs.</summary>
    public bool Identifying { get; init; }

    public string? Description { get; init; }
}
