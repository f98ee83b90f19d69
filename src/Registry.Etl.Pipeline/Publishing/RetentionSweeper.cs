using Registry.Etl.Pipeline.Definition;

namespace Registry.Etl.Pipeline.Publishing;

/// <summary>
/// Keeps the <see cref="RetentionPolicy.KeepRuns"/> most recently published runs (by publication time,
/// the folder's modification time set at publishing) and always the one <c>current</c> points to.
/// </summary>
internal static class RetentionSweeper
{
    public static IReadOnlyList<string> Sweep(OutputLayout layout, RetentionPolicy policy, Publisher publisher)
    {
        if (!Directory.Exists(layout.Runs))
        {
            return [];
        }

        var current = layout.CurrentTarget();
        var runs = new DirectoryInfo(layout.Runs).GetDirectories()
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .ThenByDescending(d => d.Name, StringComparer.Ordinal)
            .ToArray();
        var removed = new List<string>();
        var kept = 0;
        foreach (var run in runs)
        {
            if (string.Equals(Path.TrimEndingDirectorySeparator(run.FullName), current, StringComparison.Ordinal) || kept < policy.KeepRuns)
            {
                kept++;
                continue;
            }

            publisher.Discard(run.FullName);
            removed.Add(run.Name);
        }

        return removed;
    }
}
