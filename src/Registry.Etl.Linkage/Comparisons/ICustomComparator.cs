namespace Registry.Etl.Linkage.Comparisons;

/// <summary>A named comparator usable as a <c>custom</c> level: does the level hold for two non-null values?</summary>
public interface ICustomComparator
{
    bool Matches(string left, string right);
}
