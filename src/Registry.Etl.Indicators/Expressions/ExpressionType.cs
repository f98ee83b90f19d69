namespace Registry.Etl.Indicators.Expressions;

/// <summary>
/// The type of an expression, checked when a spec loads. Integer and Number mix freely (an Integer widens to
/// a Number); a Date is a calendar day (stored as days since 1970-01-01); Text compares ordinally.
/// </summary>
public enum ExpressionType
{
    Boolean,
    Integer,
    Number,
    Date,
    Text,
}
