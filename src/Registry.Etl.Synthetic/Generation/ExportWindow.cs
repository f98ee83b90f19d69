namespace Registry.Etl.Synthetic.Generation;

/// <summary>Which export dates to write: [Since, End] as day numbers.</summary>
internal readonly record struct ExportWindow(int Since, int End)
{
    public bool Contains(int exportDay) => exportDay >= Since && exportDay <= End;
}
