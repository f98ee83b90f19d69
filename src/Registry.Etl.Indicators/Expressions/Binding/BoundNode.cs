using Registry.Etl.Core.Data;

namespace Registry.Etl.Indicators.Expressions.Binding;

/// <summary>
/// A type-checked expression node. <see cref="Type"/> is null only for a bare <c>null</c> literal, which
/// takes its type from where it stands (a branch of if/case or an argument of coalesce).
/// <see cref="Offset"/> is where the node's first token starts in the expression text.
/// </summary>
internal abstract record BoundNode(ExpressionType? Type, int Offset)
{
    /// <summary>The type of a node that is known to be typed.</summary>
    public ExpressionType Known => Type ?? throw new InvalidOperationException("An untyped null reached code that needs a type.");
}

/// <summary>
/// A literal; Value is bool, long, double, int (days since 1970-01-01), string or null. A Number keeps its
/// written digits (<paramref name="Written"/>) so the display form reads back to the same value.
/// </summary>
internal sealed record BoundLiteral(ExpressionType? Type, object? Value, int Offset, string? Written = null) : BoundNode(Type, Offset);

internal sealed record BoundColumn(ExpressionType Result, string Name, ColumnKind Kind, int Offset) : BoundNode(Result, Offset);

/// <summary>A spec parameter; Value is normalised like a literal's.</summary>
internal sealed record BoundParameter(ExpressionType Result, string Name, object Value, int Offset) : BoundNode(Result, Offset);

internal sealed record BoundNot(BoundNode Operand, int Offset) : BoundNode(ExpressionType.Boolean, Offset);

internal sealed record BoundNegate(BoundNode Operand, ExpressionType Result, int Offset) : BoundNode(Result, Offset);

internal sealed record BoundLogical(LogicalOperator Operator, BoundNode Left, BoundNode Right, int Offset)
    : BoundNode(ExpressionType.Boolean, Offset);

internal sealed record BoundArithmetic(ArithmeticOperator Operator, BoundNode Left, BoundNode Right, ExpressionType Result, int Offset)
    : BoundNode(Result, Offset);

/// <summary>A comparison; both sides are converted to <paramref name="OperandType"/> first.</summary>
internal sealed record BoundComparison(ComparisonOperator Operator, BoundNode Left, BoundNode Right, ExpressionType OperandType, int Offset)
    : BoundNode(ExpressionType.Boolean, Offset);

internal sealed record BoundIsNull(BoundNode Operand, bool Negated, int Offset) : BoundNode(ExpressionType.Boolean, Offset);

internal sealed record BoundInList(BoundNode Operand, IReadOnlyList<BoundNode> Items, ExpressionType OperandType, bool Negated, int Offset)
    : BoundNode(ExpressionType.Boolean, Offset);

/// <summary><c>x in @list</c> (exact) or <c>x in prefixes(...)</c>; Display holds the written arguments.</summary>
internal sealed record BoundInCodes(BoundNode Operand, bool Prefix, IReadOnlyList<string> Display, IReadOnlyList<string> Codes, bool Negated, int Offset)
    : BoundNode(ExpressionType.Boolean, Offset);

internal sealed record BoundStartsWith(BoundNode Operand, BoundNode Prefix, bool Negated, int Offset) : BoundNode(ExpressionType.Boolean, Offset);

internal sealed record BoundBetween(BoundNode Operand, BoundNode Low, BoundNode High, ExpressionType OperandType, bool Negated, int Offset)
    : BoundNode(ExpressionType.Boolean, Offset);

internal sealed record BoundFunction(Function Function, IReadOnlyList<BoundNode> Arguments, ExpressionType Result, int Offset) : BoundNode(Result, Offset);

internal sealed record BoundWhen(BoundNode Condition, BoundNode Value);

internal sealed record BoundCase(IReadOnlyList<BoundWhen> Whens, BoundNode? Else, ExpressionType Result, int Offset) : BoundNode(Result, Offset);
