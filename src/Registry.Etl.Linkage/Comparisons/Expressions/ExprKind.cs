namespace Registry.Etl.Linkage.Comparisons.Expressions;

internal enum ExprKind
{
    Null,
    Number,
    String,
    Bool,
}
