using Registry.Etl.Synthetic.Output;

namespace Registry.Etl.Synthetic.Generation;

/// <summary>A unit of parallel work: writes some files whose bytes depend only on the world, never on other jobs.</summary>
/// <param name="Name">For progress and errors.</param>
/// <param name="Weight">Relative cost; heavy jobs start first.</param>
/// <param name="Run">Writes the files and reports them.</param>
internal sealed record GenerationJob(string Name, double Weight, Func<IExportSink, IReadOnlyList<GeneratedFile>> Run);
