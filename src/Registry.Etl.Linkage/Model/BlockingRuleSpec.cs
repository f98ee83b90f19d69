namespace Registry.Etl.Linkage.Model;

/// <summary>
/// A blocking rule: candidate pairs agree exactly on every key (a record with a null key part is in no
/// block of this rule). Several rules are unioned; a pair found by several rules is scored once.
/// </summary>
public sealed record BlockingRuleSpec(string Name, IReadOnlyList<KeySpec> Keys)
{
    public override string ToString() => Name;
}
