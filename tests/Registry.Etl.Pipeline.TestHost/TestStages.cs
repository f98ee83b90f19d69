using Registry.Etl.Pipeline.Stages;
using Registry.Etl.Pipeline.TestHost.Stages;

namespace Registry.Etl.Pipeline.TestHost;

/// <summary>The stages this host offers, by the names test pipeline files use.</summary>
public static class TestStages
{
    public static StageCatalog Create() => new StageCatalog()
        .Add("standardise", d => new StandardiseStage(d))
        .Add("aggregate", d => new AggregateStage(d))
        .Add("bulk", d => new BulkStage(d))
        .Add("sleep", d => new SleepStage(d))
        .Add("fail", d => new FailStage(d));
}
