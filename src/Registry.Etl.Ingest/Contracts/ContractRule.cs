using Registry.Etl.Core.Errors;

namespace Registry.Etl.Ingest.Contracts;

/// <summary>A cross-field rule: <paramref name="Column"/> (raw name) compared with <paramref name="Other"/>.</summary>
public sealed record ContractRule(RuleKind Kind, string Column, string Other, SourceLocation Location);
