using Registry.Etl.Statistics.Standardisation;

namespace Registry.Etl.Indicators.Engine;

/// <summary>The counts behind one result row: rows, events, and O/E counts over rows with a prediction.</summary>
internal readonly record struct UnitCounts(long N, long Events, ObservedExpectedCounts OeCounts);
