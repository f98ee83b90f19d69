using System.Runtime.CompilerServices;

namespace Registry.Etl.Synthetic.Lbz;

/// <summary>Up to four secondary diagnoses (ICD-10 without dot; a `:C` suffix marks a complication).</summary>
[InlineArray(4)]
internal struct SecondaryCodes
{
    private string? _element;
}
