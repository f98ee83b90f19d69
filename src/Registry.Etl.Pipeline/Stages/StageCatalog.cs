using System.Diagnostics.CodeAnalysis;
using Registry.Etl.Pipeline.Definition;

namespace Registry.Etl.Pipeline.Stages;

/// <summary>
/// A name -> factory map: the CLI registers the real stages (<c>ingest</c>, <c>link</c>, ...), tests
/// register their own. Plugging a stage in is one <see cref="Add"/> call.
/// </summary>
public sealed class StageCatalog : IStageFactory
{
    private readonly SortedDictionary<string, Func<StageDeclaration, IPipelineStage>> _factories = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _factories.Keys;

    public StageCatalog Add(string name, Func<StageDeclaration, IPipelineStage> factory)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(factory);
        _factories.Add(name, factory);
        return this;
    }

    public bool TryCreate(StageDeclaration declaration, [NotNullWhen(true)] out IPipelineStage? stage)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (_factories.TryGetValue(declaration.Name, out var factory))
        {
            stage = factory(declaration);
            return true;
        }

        stage = null;
        return false;
    }
}
