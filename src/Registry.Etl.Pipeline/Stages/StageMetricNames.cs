namespace Registry.Etl.Pipeline.Stages;

/// <summary>Metric names the end-of-run summary knows how to word; any other name is listed as is.</summary>
public static class StageMetricNames
{
    public const string IndicatorsComputed = "indicators_computed";
    public const string HospitalsFlagged = "hospitals_flagged";
    public const string LinksFound = "links_found";
    public const string ClericalReview = "clerical_review";
    public const string FilesParsed = "files_parsed";
    public const string FilesFromCache = "files_from_cache";
}
