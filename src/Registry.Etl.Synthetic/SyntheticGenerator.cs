using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Registry.Etl.Synthetic.Generation;
using Registry.Etl.Synthetic.Output;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic;

/// <summary>
/// Generates one synthetic world and the exports its sources would deliver (pipelines/sources/README.md),
/// with the ground truth beside them. Deterministic: the same options give the same bytes whatever the
/// thread count; each export file depends only on the world and its export date.
/// </summary>
public sealed class SyntheticGenerator
{
    private readonly SyntheticOptions _options;

    public SyntheticGenerator(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionsValidator.Validate(options);
        _options = options;
    }

    /// <summary>Writes every planned file to the sink and returns them ordered by path.</summary>
    /// <param name="sink">Where files go.</param>
    /// <param name="progress">Receives one line per finished job (optional).</param>
    /// <param name="cancellationToken">Stops between jobs.</param>
    public IReadOnlyList<GeneratedFile> Generate(IExportSink sink, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var world = SyntheticWorld.Build(_options);
        progress?.Invoke($"world: {world.Hospitals.Length} hospitals, {world.Colorectal.Count(c => c.Registered)} DCRA and {world.Liver.Count} DHBA records");
        var jobs = Jobs(world).OrderByDescending(j => j.Weight).ThenBy(j => j.Name, StringComparer.Ordinal).ToArray();
        var results = new IReadOnlyList<GeneratedFile>[jobs.Length];
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Threads), CancellationToken = cancellationToken };
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(Enumerable.Range(0, jobs.Length), EnumerablePartitionerOptions.NoBuffering),
            options,
            (index, state) =>
            {
                try
                {
                    results[index] = jobs[index].Run(sink);
                    progress?.Invoke($"{jobs[index].Name}: {results[index].Count} files");
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    exceptions.Enqueue(new InvalidOperationException($"Generating {jobs[index].Name} failed: {e.Message}", e));
                    state.Stop();
                }
            });
        if (exceptions.TryDequeue(out var first))
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }

        return results.SelectMany(r => r ?? []).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The export window: [Since or the beginning, EndDate or 1 April after the last data year].</summary>
    public DateOnly EndDate => _options.EndDate ?? DateOnly.FromDayNumber(
        Export.ExportCalendar.NkrExtractDay(_options.ResolvedFirstYear + _options.Years));

    private ExportWindow Window => new(_options.Since?.DayNumber ?? int.MinValue, EndDate.DayNumber);

    private IEnumerable<GenerationJob> Jobs(SyntheticWorld world)
    {
        var window = Window;
        var sources = _options.Sources;
        foreach (var h in world.Hospitals)
        {
            if ((sources & SyntheticSource.Dcra) != 0)
            {
                yield return new GenerationJob($"dcra {h.Agb}", world.DcraEmissions[h.Index].Count, sink => AuditJobs.WriteDcra(world, h, window, sink));
            }

            if ((sources & SyntheticSource.Dhba) != 0 && h.LiverCentre)
            {
                yield return new GenerationJob($"dhba {h.Agb}", world.DhbaEmissions[h.Index].Count, sink => AuditJobs.WriteDhba(world, h, window, sink));
            }
        }

        if ((sources & SyntheticSource.Nkr) != 0)
        {
            yield return new GenerationJob("nkr", double.MaxValue, sink => NkrJob.Write(world, window, sink));
        }

        if ((sources & SyntheticSource.Lbz) != 0)
        {
            for (var m = 0; m < world.Window.Months; m++)
            {
                var month = m;
                if (window.Contains(world.Calendar.LbzExportDay(month)))
                {
                    yield return new GenerationJob(LbzJob.Path(world, month), world.BackgroundEpisodes[month] + 1e6, sink => LbzJob.Write(world, month, sink));
                }
            }
        }

        if (_options.Truth)
        {
            yield return new GenerationJob("truth", 0, sink => TruthJob.Write(world, sink));
        }
    }
}
