using System.Runtime.CompilerServices;

namespace Registry.Etl.Synthetic.Lbz;

/// <summary>The days of up to three procedures.</summary>
[InlineArray(3)]
internal struct ProcedureDays
{
    private int _element;
}
