using Registry.Etl.Linkage.Comparisons.Expressions;
using Registry.Etl.Linkage.Data;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Comparisons;

/// <summary>
/// A comparison bound to the inputs: gives the level of a pair (0 null, 1..n declared, n+1 else) and the
/// term-frequency part of its Bayes factor.
/// </summary>
internal sealed class CompiledComparison
{
    private readonly bool[] _leftNull;
    private readonly bool[] _rightNull;
    private readonly LevelTest[] _tests;
    private readonly EncodedStrings?[] _tfValues;

    public CompiledComparison(ComparisonSpec spec, InputData data, ComparatorRegistry registry)
    {
        Spec = spec;
        ColumnsRead = [.. spec.ColumnsRead()];
        (_leftNull, _rightNull) = NullMasks(spec, data);
        _tests = new LevelTest[spec.Levels.Count];
        _tfValues = new EncodedStrings?[spec.LevelCount];
        TfReferenceLevel = new int[spec.LevelCount];
        for (var i = 0; i < spec.Levels.Count; i++)
        {
            var level = spec.Levels[i];
            var column = level.Column ?? spec.Column;
            _tests[i] = Compile(level, column, column == spec.Column, data, registry);
            if (level.RareMaxCount >= 0)
            {
                _tests[i] = new RareValueTest(_tests[i], data.Strings(column), level.RareMaxCount);
            }
            if (level.TermFrequency)
            {
                _tfValues[i + 1] = data.Strings(column);
                TfReferenceLevel[i + 1] = ReferenceLevel(spec, column, i + 1);
            }
        }
    }

    public ComparisonSpec Spec { get; }

    public int LevelCount => Spec.LevelCount;

    public List<ColumnRef> ColumnsRead { get; }

    /// <summary>Per level, the level whose u the term-frequency adjustment divides by the value's frequency.</summary>
    public int[] TfReferenceLevel { get; }

    public bool HasTermFrequency(int level) => _tfValues[level] is not null;

    public int Level(int left, int right)
    {
        if (_leftNull[left] || _rightNull[right])
        {
            return !Spec.NullOnlyWhenBoth || (_leftNull[left] && _rightNull[right]) ? 0 : Spec.ElseLevel;
        }

        var cache = PairCache.Empty;
        var tests = _tests;
        for (var i = 0; i < tests.Length; i++)
        {
            if (tests[i].Holds(left, right, ref cache))
            {
                return i + 1;
            }
        }

        return tests.Length + 1;
    }

    /// <summary>
    /// -w * log2(max(freq, floor)) of the pair's value at a level with term-frequency adjustment (0 otherwise);
    /// the full adjustment adds w * log2(u of the reference level), a per-level constant (Splink's formula).
    /// Fuzzy levels use the more frequent of the two values.
    /// </summary>
    public double TfResidual(int left, int right, int level)
    {
        if (_tfValues[level] is not { } values)
        {
            return 0;
        }

        var spec = Spec.Levels[level - 1];
        var a = values.Left[left];
        var b = values.Right[right];
        var freq = Math.Max(a >= 0 ? values.Frequency(a) : 0, b >= 0 ? values.Frequency(b) : 0);
        if (freq <= 0)
        {
            return 0;
        }

        return -spec.TermFrequencyWeight * Math.Log2(Math.Max(freq, spec.TermFrequencyMinimum));
    }

    private static int ReferenceLevel(ComparisonSpec spec, ColumnRef column, int level)
    {
        for (var i = 0; i < spec.Levels.Count; i++)
        {
            if (spec.Levels[i].Kind == LevelKind.Exact && (spec.Levels[i].Column ?? spec.Column) == column)
            {
                return i + 1;
            }
        }

        return level;
    }

    private LevelTest Compile(LevelSpec level, ColumnRef column, bool own, InputData data, ComparatorRegistry registry)
    {
        switch (level.Kind)
        {
            case LevelKind.Exact:
                return new ExactTest(data.Strings(column));
            case LevelKind.JaroWinkler:
                return new StringMeasureTest(data.Strings(column), StringMeasure.JaroWinkler, level.Threshold, 0, own);
            case LevelKind.Jaro:
                return new StringMeasureTest(data.Strings(column), StringMeasure.Jaro, level.Threshold, 0, own);
            case LevelKind.Jaccard:
                return new StringMeasureTest(data.Strings(column), StringMeasure.Jaccard, level.Threshold, 0, own);
            case LevelKind.Levenshtein:
                return new StringMeasureTest(data.Strings(column), StringMeasure.Levenshtein, 0, level.Max, own);
            case LevelKind.DamerauLevenshtein:
                return new StringMeasureTest(data.Strings(column), StringMeasure.DamerauLevenshtein, 0, level.Max, own);
            case LevelKind.Prefix:
                return new PrefixTest(data.Strings(column), level.Length);
            case LevelKind.DateWithin:
                return new DateWithinTest(data.Dates(column, level.Format), level.Days);
            case LevelKind.DateSwap:
                return new DateSwapTest(data.Dates(column, level.Format));
            case LevelKind.NumericWithin:
                return new NumericWithinTest(data.Numbers(column), level.Tolerance, level.Relative);
            case LevelKind.Expression:
                var columns = new List<ColumnRef>();
                var node = ExprParser.Parse(level.Expression!, data, column, columns);
                ColumnsRead.AddRange(columns);
                return new ExpressionTest(node);
            default:
                return new CustomTest(data.Strings(column), registry.Create(level.Comparator!, level.Options));
        }
    }

    private static (bool[] Left, bool[] Right) NullMasks(ComparisonSpec spec, InputData data)
    {
        var left = new bool[data.LeftCount];
        var right = data.IsDedupe ? left : new bool[data.RightCount];
        foreach (var column in spec.NullColumns.Prepend(spec.Column))
        {
            var s = data.Strings(column);
            for (var i = 0; i < left.Length; i++)
            {
                left[i] |= s.Left[i] < 0;
            }

            if (!data.IsDedupe)
            {
                for (var i = 0; i < right.Length; i++)
                {
                    right[i] |= s.Right[i] < 0;
                }
            }
        }

        return (left, right);
    }
}
