namespace Registry.Etl.Indicators.Expressions.Binding;

/// <summary>Which operand types an operator accepts and what it yields (null = not allowed).</summary>
internal static class TypeRules
{
    public static bool IsNumeric(ExpressionType t) => t is ExpressionType.Integer or ExpressionType.Number;

    /// <summary>The common type two values are compared or unified in: Integer widens to Number.</summary>
    public static ExpressionType? Common(ExpressionType a, ExpressionType b) =>
        a == b ? a
        : IsNumeric(a) && IsNumeric(b) ? ExpressionType.Number
        : null;

    public static ExpressionType? Arithmetic(ArithmeticOperator op, ExpressionType left, ExpressionType right) => (op, left, right) switch
    {
        (ArithmeticOperator.Divide, _, _) when IsNumeric(left) && IsNumeric(right) => ExpressionType.Number,
        (_, ExpressionType.Integer, ExpressionType.Integer) when op != ArithmeticOperator.Divide => ExpressionType.Integer,
        (_, _, _) when IsNumeric(left) && IsNumeric(right) => ExpressionType.Number,
        (ArithmeticOperator.Add, ExpressionType.Date, ExpressionType.Integer) => ExpressionType.Date,
        (ArithmeticOperator.Add, ExpressionType.Integer, ExpressionType.Date) => ExpressionType.Date,
        (ArithmeticOperator.Subtract, ExpressionType.Date, ExpressionType.Integer) => ExpressionType.Date,
        (ArithmeticOperator.Subtract, ExpressionType.Date, ExpressionType.Date) => ExpressionType.Integer,
        _ => null,
    };

    public static string Name(ExpressionType t) => t switch
    {
        ExpressionType.Boolean => "Boolean",
        ExpressionType.Integer => "Integer",
        ExpressionType.Number => "Number",
        ExpressionType.Date => "Date",
        _ => "Text",
    };

    public static string Symbol(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => "+",
        ArithmeticOperator.Subtract => "-",
        ArithmeticOperator.Multiply => "*",
        _ => "/",
    };

    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };

    public static string FunctionName(Function f) => f switch
    {
        Function.Coalesce => "coalesce",
        Function.If => "if",
        Function.DaysBetween => "days_between",
        Function.Year => "year",
        Function.Quarter => "quarter",
        Function.Month => "month",
        Function.AgeAt => "age_at",
        _ => "abs",
    };
}
