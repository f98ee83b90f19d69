namespace Registry.Etl.Linkage.Comparisons;

internal sealed class DelegateComparator(Func<string, string, bool> matches) : ICustomComparator
{
    public bool Matches(string left, string right) => matches(left, right);
}
