namespace Registry.Etl.Linkage.Training;

/// <summary>The counted pairs of one EM training session and which comparisons it holds fixed.</summary>
internal sealed record SessionData(string Rule, bool[] Fixed, long Pairs, long PairsUsed, PatternCounts Counts);
