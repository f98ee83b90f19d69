using System.Diagnostics.CodeAnalysis;
using Registry.Etl.Pipeline.Definition;

namespace Registry.Etl.Pipeline.Stages;

/// <summary>Turns a stage declared in a pipeline file into a stage object. The composition root owns it.</summary>
public interface IStageFactory
{
    IEnumerable<string> Names { get; }

    bool TryCreate(StageDeclaration declaration, [NotNullWhen(true)] out IPipelineStage? stage);
}
