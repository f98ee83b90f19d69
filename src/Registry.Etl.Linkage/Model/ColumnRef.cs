namespace Registry.Etl.Linkage.Model;

/// <summary>
/// A column as the model names it: the same name on both sides, or a different name per side (link mode,
/// e.g. <c>operation_date</c> in a hospital export against <c>surgery_date</c> in the NKR).
/// </summary>
public sealed record ColumnRef(string Left, string Right)
{
    public static ColumnRef Same(string name) => new(name, name);

    public override string ToString() => Left == Right ? Left : $"{Left}|{Right}";
}
