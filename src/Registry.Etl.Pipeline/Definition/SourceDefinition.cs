using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Definition;

/// <summary>One source of exports: where its files arrive and which contracts describe them.</summary>
/// <param name="Id">Source id as in the contracts (<c>dcra</c>, <c>dhba</c>, <c>nkr</c>, <c>lbz</c>).</param>
/// <param name="ExportDirectory">Absolute folder the export files arrive in.</param>
/// <param name="Pattern">Glob of export files under <paramref name="ExportDirectory"/> (default <c>**/*.csv</c>).</param>
/// <param name="ContractDirectory">Absolute folder holding <c>&lt;id&gt;.v&lt;version&gt;.yaml</c> contracts.</param>
/// <param name="Location">Where the source was declared.</param>
public sealed record SourceDefinition(
    string Id,
    string ExportDirectory,
    string Pattern,
    string ContractDirectory,
    SourceLocation Location);
