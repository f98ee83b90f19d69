namespace Registry.Etl.Indicators.Expressions.Binding;

internal enum LogicalOperator
{
    And,
    Or,
}

internal enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}

internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

internal enum Function
{
    Coalesce,
    If,
    DaysBetween,
    Year,
    Quarter,
    Month,
    AgeAt,
    Abs,
}
