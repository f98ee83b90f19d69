using System.Globalization;

namespace Registry.Etl.Benchmarks.Parquet;

/// <summary>
/// What the garbage collector did between two points of a run: collections per generation, time paused and
/// bytes allocated. Printed beside a benchmark's timing, because the collector's share of the CPU is often
/// what a change moves (with the server collector, the pause is time every thread waited).
/// </summary>
internal readonly record struct GcActivity(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long AllocatedBytes)
{
    public static GcActivity Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: false));

    public static GcActivity operator -(GcActivity later, GcActivity earlier) =>
        new(later.Gen0 - earlier.Gen0, later.Gen1 - earlier.Gen1, later.Gen2 - earlier.Gen2, later.Paused - earlier.Paused, later.AllocatedBytes - earlier.AllocatedBytes);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"GC {Gen0} collections (gen1 {Gen1}, gen2 {Gen2}), paused {Paused.TotalMilliseconds:F0} ms, {AllocatedBytes / 1e9:F1} GB allocated");
}
