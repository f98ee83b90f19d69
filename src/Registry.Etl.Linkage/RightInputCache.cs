using System.Collections.Concurrent;
using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage;

/// <summary>
/// What the runs of one model against the same right table can share: each right column's dictionary encoding,
/// made once instead of once per left input (a pipeline links DCRA and DHBA each against the same 2.4 million
/// blocked LBZ admissions). A run still numbers values left first, exactly as without the cache; only the
/// hashing of the right rows' values is not repeated. Columns are told apart by instance, so a cache given a
/// run over another right table simply finds nothing to share. Thread-safe.
/// </summary>
public sealed class RightInputCache
{
    private readonly ConcurrentDictionary<Column, Lazy<ColumnEncoding>> _strings = new(ReferenceEqualityComparer.Instance);

    /// <summary>The right column's own encoding: ids in order of first occurrence, with each value's count.</summary>
    internal ColumnEncoding Strings(Column column) =>
        _strings.GetOrAdd(column, c => new Lazy<ColumnEncoding>(() => ColumnEncoding.Of(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
