using Registry.Etl.Pipeline.Stages;
using Registry.Etl.Pipeline.Stages.Datasets;
using Registry.Etl.Pipeline.Stages.Indicators;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Stages.Link;

namespace Registry.Etl.Cli.Hosting;

/// <summary>
/// The stages this build of <c>registry-etl</c> can run, by the names pipeline files use. A real stage
/// plugs in with one line here, e.g. <c>.Add("ingest", d =&gt; new IngestStage(d))</c>; a pipeline naming a
/// stage missing here fails with a configuration error (exit 2) that lists the known names.
/// </summary>
internal static class CliStages
{
    public static StageCatalog Create() => new StageCatalog()
        .Add(IngestStage.StageName, d => new IngestStage(d))
        .Add("link", d => new LinkStage(d))
        .Add("datasets", d => new DatasetsStage(d))
        .Add(IndicatorsStage.StageName, d => new IndicatorsStage(d));
}
