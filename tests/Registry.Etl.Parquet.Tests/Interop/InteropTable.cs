using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Tests.Support;

namespace Registry.Etl.Parquet.Tests.Interop;

/// <summary>
/// One column per type the writer emits (required and optional), seeded, with the boundary values every
/// reader must agree on in the first rows: integer extremes, NaN/±inf/-0.0, empty and non-ASCII strings,
/// the widest decimals, dates 0001-01-01 and 9999-12-31, timestamps across years 1..9999.
/// </summary>
internal static class InteropTable
{
    private const long MinMicros = -62_135_596_800_000_000; // 0001-01-01
    private const long MaxMicros = 253_402_300_799_999_999; // 9999-12-31T23:59:59.999999

    public static TestColumn[] Build(int rows, int seed)
    {
        var random = new Random(seed);
        bool[] Valid(int everyNth) => Enumerable.Range(0, rows).Select(i => everyNth == 0 || i % everyNth != 1).ToArray();
        T[] Values<T>(T[] edges, Func<int, T> make) => Enumerable.Range(0, rows).Select(i => i < edges.Length ? edges[i] : make(i)).ToArray();
        long Long() => random.NextInt64(long.MinValue, long.MaxValue);
        string[] words = ["naam_1", "Zoë; \"quoted\", €", "line\nbreak", "", "日本語 😀", "\U0001F9EC", "a\u0000b", "\uFFFF"];

        return
        [
            Column.Of(ParquetField.Boolean("bool_req", nullable: false), Values([true, false], _ => random.Next(2) == 0)),
            Column.Of(ParquetField.Boolean("bool_opt"), Values([false, true], _ => random.Next(3) == 0), Valid(4)),
            Column.Of(ParquetField.Int32("i32"), Values([int.MinValue, int.MaxValue, 0, -1], _ => random.Next(int.MinValue, int.MaxValue)), Valid(5)),
            Column.Of(ParquetField.Int64("i64", nullable: false), Values([long.MinValue, long.MaxValue, 0L], _ => Long())),
            Column.Of(ParquetField.Integer("int8", 8), Values([-128, 127, 0], _ => random.Next(-128, 128)), Valid(6)),
            Column.Of(ParquetField.Integer("int16", 16, nullable: false), Values([-32768, 32767], _ => random.Next(-32768, 32768))),
            Column.Of(ParquetField.Integer("int32", 32), Values([int.MinValue, int.MaxValue], _ => random.Next(-1000, 1000)), Valid(7)),
            Column.Of(ParquetField.Integer("int64", 64), Values([long.MinValue, long.MaxValue], _ => Long()), Valid(3)),
            Column.Of(ParquetField.Float("f32"), Values([float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f, float.Epsilon, float.MaxValue], _ => (float)(random.NextDouble() * 2e6 - 1e6)), Valid(8)),
            Column.Of(ParquetField.Double("f64"), Values([double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon, double.MinValue], _ => random.NextDouble() * 1e9 - 5e8), Valid(9)),
            Column.Of(ParquetField.String("str"), Values<string?>([.. words], i => i % 11 == 1 ? null : "s" + random.Next(100_000))),
            Column.Of(ParquetField.String("str_req", nullable: false), Values<string?>([.. words], _ => words[random.Next(words.Length)])),
            Column.Of(ParquetField.Binary("bin"), Values<byte[]?>([[], [0], [0xFF, 0x00]], i => i % 10 == 1 ? null : BitConverter.GetBytes(random.Next()))),
            Column.Of(ParquetField.FixedLenByteArray("flba", 5), Values<byte[]?>([[0, 0, 0, 0, 0], [255, 255, 255, 255, 255]], _ => [.. BitConverter.GetBytes(random.Next()), 7]), Valid(12)),
            Column.Of(ParquetField.Date("date"), Values([-719_162, 2_932_896, 0, -1], _ => random.Next(-719_162, 2_932_897)), Valid(13)),
            Column.Of(ParquetField.Timestamp("ts_ms_utc", ParquetTimeUnit.Millis, true), Values([MinMicros / 1000, MaxMicros / 1000, 0L], _ => random.NextInt64(MinMicros, MaxMicros) / 1000), Valid(5)),
            Column.Of(ParquetField.Timestamp("ts_us_local", ParquetTimeUnit.Micros, false), Values([MinMicros, MaxMicros, -1L], _ => random.NextInt64(MinMicros, MaxMicros)), Valid(6)),
            Column.Of(ParquetField.Timestamp("ts_us_utc", ParquetTimeUnit.Micros, true, nullable: false), Values([MinMicros, MaxMicros], _ => random.NextInt64(MinMicros, MaxMicros))),
            Column.Of(ParquetField.Timestamp("ts_ms_local", ParquetTimeUnit.Millis, false), Values([MinMicros / 1000, MaxMicros / 1000], _ => random.NextInt64(MinMicros, MaxMicros) / 1000), Valid(7)),
            Column.Of(ParquetField.Timestamp("ts_ns_local", ParquetTimeUnit.Nanos, false), Values([long.MinValue + 1, long.MaxValue, -1L], _ => Long()), Valid(8)),
            Column.Of(ParquetField.Decimal("dec9", 9, 2), Values([9999999.99m, -9999999.99m, 0m, 0.01m], _ => random.Next(-999_999_999, 999_999_999) / 100m), Valid(4)),
            Column.Of(ParquetField.Decimal("dec18", 18, 6, nullable: false), Values([999999999999.999999m, -999999999999.999999m], _ => random.NextInt64(-999_999_999_999_999_999, 999_999_999_999_999_999) / 1_000_000m)),
            Column.Of(ParquetField.Decimal("dec28", 28, 10), Values([999999999999999999.9999999999m, -999999999999999999.9999999999m], _ => Wide(random, 10)), Valid(5)),
            Column.Of(ParquetField.Decimal("dec38", 38, 4), Values([decimal.MaxValue / 10_000m, decimal.MinValue / 10_000m, -0.0001m], _ => Wide(random, 4)), Valid(6)),
        ];
    }

    private static decimal Wide(Random random, int scale) =>
        new(random.Next(), random.Next(), random.Next(0, 1 << 26), random.Next(2) == 0, (byte)scale);
}
