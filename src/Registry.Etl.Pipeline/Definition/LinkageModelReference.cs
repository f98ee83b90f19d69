using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Definition;

/// <summary>A linkage model file the pipeline uses (absolute path).</summary>
public sealed record LinkageModelReference(string Path, SourceLocation Location);
