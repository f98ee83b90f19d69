using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Benchmarks.Parquet;

/// <summary>
/// The 15-column table of the team's <c>parquet-validate.mjs gen</c>, generated value for value as DuckDB
/// does: DuckDB's <c>hash(BIGINT)</c> is MurmurHash64's finaliser (duckdb/common/types/hash.hpp), so the
/// C# rows equal DuckDB's and the benchmark's checksums can prove it. Columns that never hold a null are
/// REQUIRED (the table's types are otherwise DuckDB's: BIGINT, DOUBLE, DECIMAL(18,2), VARCHAR, DATE,
/// TIMESTAMP, TIMESTAMPTZ, BOOLEAN, INTEGER).
/// </summary>
internal sealed class BenchTable
{
    private const long Ts2020Micros = 1_577_836_800_000_000;
    private const int Date1950 = -7305;
    private const int Date2000 = 10957;
    private static readonly string[] Names = BuildNames();
    private static readonly string?[] Texts = ["Zoë; \"quoted\", €", "line\nbreak", "", "日本語", null];

    public BenchTable(int capacity)
    {
        Id = new long[capacity];
        Big = new long[capacity];
        AmountDouble = new double[capacity];
        AmountDec = new decimal[capacity];
        Name = new string?[capacity];
        BirthDate = new int[capacity];
        EventTs = new long[capacity];
        EventTstz = new long[capacity];
        Flag = new bool[capacity];
        TextUnicode = new string?[capacity];
        MaybeInt = new int[capacity];
        MaybeIntValid = new bool[capacity];
        MaybeStr = new string?[capacity];
        MaybeDouble = new double[capacity];
        MaybeDoubleValid = new bool[capacity];
        MaybeDate = new int[capacity];
        MaybeDateValid = new bool[capacity];
        MaybeBool = new bool[capacity];
        MaybeBoolValid = new bool[capacity];
    }

    public static ParquetSchema Schema { get; } = new(
        ParquetField.Int64("id", nullable: false),
        ParquetField.Int64("big", nullable: false),
        ParquetField.Double("amount_double", nullable: false),
        ParquetField.Decimal("amount_dec", 18, 2, nullable: false),
        ParquetField.String("name", nullable: false),
        ParquetField.Date("birth_date", nullable: false),
        ParquetField.Timestamp("event_ts", ParquetTimeUnit.Micros, isAdjustedToUtc: false, nullable: false),
        ParquetField.Timestamp("event_tstz", ParquetTimeUnit.Micros, isAdjustedToUtc: true, nullable: false),
        ParquetField.Boolean("flag", nullable: false),
        ParquetField.String("text_unicode"),
        ParquetField.Int32("maybe_int"),
        ParquetField.String("maybe_str"),
        ParquetField.Double("maybe_double"),
        ParquetField.Date("maybe_date"),
        ParquetField.Boolean("maybe_bool"));

    public long[] Id { get; }

    public long[] Big { get; }

    public double[] AmountDouble { get; }

    public decimal[] AmountDec { get; }

    public string?[] Name { get; }

    public int[] BirthDate { get; }

    public long[] EventTs { get; }

    public long[] EventTstz { get; }

    public bool[] Flag { get; }

    public string?[] TextUnicode { get; }

    public int[] MaybeInt { get; }

    public bool[] MaybeIntValid { get; }

    public string?[] MaybeStr { get; }

    public double[] MaybeDouble { get; }

    public bool[] MaybeDoubleValid { get; }

    public int[] MaybeDate { get; }

    public bool[] MaybeDateValid { get; }

    public bool[] MaybeBool { get; }

    public bool[] MaybeBoolValid { get; }

    /// <summary>Fills slots [0, count) with rows first..first+count (the table's row i has DuckDB's range value i).</summary>
    public void Fill(long first, int count)
    {
        for (var k = 0; k < count; k++)
        {
            var i = first + k;
            Id[k] = i;
            Big[k] = ((long)(Hash(i) % 100_000_000) * 1_000_003) - 50_000_000_000_000;
            AmountDouble[k] = ((double)(Hash(i * 7) % 1_000_000) / 1000.0) - 500.0;
            AmountDec[k] = new decimal((int)(Hash(i * 13) % 10_000_000), 0, 0, false, 2);
            Name[k] = Names[Hash(i * 3) % 5000];
            BirthDate[k] = Date1950 + (int)(Hash(i * 5) % 27_000);
            EventTs[k] = Ts2020Micros + (long)(Hash(i * 11) % 157_680_000_000_000);
            EventTstz[k] = Ts2020Micros + (long)(Hash(i * 29) % 157_680_000_000_000);
            Flag[k] = Hash(i * 17) % 2 == 0;
            TextUnicode[k] = Texts[i % 5];
            MaybeIntValid[k] = i % 7 != 0;
            MaybeInt[k] = MaybeIntValid[k] ? (int)(Hash(i * 19) % 1000) : 0;
            MaybeStr[k] = i % 11 == 0 ? null : "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            MaybeDoubleValid[k] = i % 5 != 0;
            MaybeDouble[k] = MaybeDoubleValid[k] ? (double)(Hash(i * 23) % 100_000) / 7.0 : 0;
            MaybeDateValid[k] = i % 13 != 0;
            MaybeDate[k] = MaybeDateValid[k] ? Date2000 + (int)(i % 9000) : 0;
            MaybeBoolValid[k] = i % 3 != 0;
            MaybeBool[k] = MaybeBoolValid[k] && i % 2 == 0;
        }
    }

    /// <summary>Rows [start, start + count) as writer columns: slices of the arrays, nothing copied.</summary>
    public ParquetColumnData[] Columns(int start, int count) =>
    [
        ParquetColumnData.Int64(Id.AsMemory(start, count)),
        ParquetColumnData.Int64(Big.AsMemory(start, count)),
        ParquetColumnData.Double(AmountDouble.AsMemory(start, count)),
        ParquetColumnData.Decimal(AmountDec.AsMemory(start, count)),
        ParquetColumnData.String(Name.AsMemory(start, count)),
        ParquetColumnData.Int32(BirthDate.AsMemory(start, count)),
        ParquetColumnData.Int64(EventTs.AsMemory(start, count)),
        ParquetColumnData.Int64(EventTstz.AsMemory(start, count)),
        ParquetColumnData.Boolean(Flag.AsMemory(start, count)),
        ParquetColumnData.String(TextUnicode.AsMemory(start, count)),
        ParquetColumnData.Int32(MaybeInt.AsMemory(start, count), MaybeIntValid.AsMemory(start, count)),
        ParquetColumnData.String(MaybeStr.AsMemory(start, count)),
        ParquetColumnData.Double(MaybeDouble.AsMemory(start, count), MaybeDoubleValid.AsMemory(start, count)),
        ParquetColumnData.Int32(MaybeDate.AsMemory(start, count), MaybeDateValid.AsMemory(start, count)),
        ParquetColumnData.Boolean(MaybeBool.AsMemory(start, count), MaybeBoolValid.AsMemory(start, count)),
    ];

    /// <summary>DuckDB's hash of a BIGINT: the MurmurHash64 finaliser of its bits.</summary>
    private static ulong Hash(long value)
    {
        var x = (ulong)value;
        x ^= x >> 32;
        x *= 0xd6e8feb86659fd93UL;
        x ^= x >> 32;
        x *= 0xd6e8feb86659fd93UL;
        x ^= x >> 32;
        return x;
    }

    private static string[] BuildNames()
    {
        var names = new string[5000];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = "naam_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return names;
    }
}
