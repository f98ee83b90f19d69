using System.Runtime.CompilerServices;

namespace Registry.Etl.Synthetic.Lbz;

/// <summary>Up to three procedure codes.</summary>
[InlineArray(3)]
internal struct ProcedureCodes
{
    private string? _element;
}
