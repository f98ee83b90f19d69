using Registry.Etl.Core.Data;

namespace Registry.Etl.Benchmarks.Link;

/// <summary>The two generated files and, per right row, the left row of its true match (-1: none).</summary>
internal sealed record PersonFiles(Table Left, Table Right, int[] Truth);
