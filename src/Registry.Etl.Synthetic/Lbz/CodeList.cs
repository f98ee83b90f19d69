using System.Runtime.CompilerServices;

namespace Registry.Etl.Synthetic.Lbz;

/// <summary>Up to four secondary diagnoses (ICD-10 without dot; a `:C` suffix marks a complication).</summary>
[InlineArray(4)]
internal struct SecondaryCodes
{
    private string? _element;
}

/// <summary>Up to three procedure codes.</summary>
[InlineArray(3)]
internal struct ProcedureCodes
{
    private string? _element;
}

/// <summary>The days of up to three procedures.</summary>
[InlineArray(3)]
internal struct ProcedureDays
{
    private int _element;
}
