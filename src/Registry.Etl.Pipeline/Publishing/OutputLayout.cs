namespace Registry.Etl.Pipeline.Publishing;

/// <summary>
/// The folders of an output root:
/// <code>
/// &lt;out&gt;/runs/&lt;run-id&gt;/     published runs, immutable: manifest.json, timings.json, data/...
/// &lt;out&gt;/current              symlink to runs/&lt;run-id&gt; (relative), replaced by rename(2)
/// &lt;out&gt;/.staging/...         runs being written; whatever is here when the lock is free is debris
/// &lt;out&gt;/.trash/...           runs being deleted by retention
/// &lt;out&gt;/.lock                 held (flock) by the one run writing to this root
/// </code>
/// Staging lives inside the root so the publishing rename never crosses a file system.
/// </summary>
public sealed class OutputLayout
{
    public OutputLayout(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Runs => Path.Combine(Root, "runs");

    public string Current => Path.Combine(Root, "current");

    public string Staging => Path.Combine(Root, ".staging");

    public string Trash => Path.Combine(Root, ".trash");

    public string LockFile => Path.Combine(Root, ".lock");

    public string RunDirectory(string name) => Path.Combine(Runs, name);

    /// <summary>The run folder <c>current</c> points to, or null when nothing was published yet.</summary>
    public string? CurrentTarget()
    {
        var info = new FileInfo(Current);
        if (info.LinkTarget is not { } target)
        {
            return null;
        }

        return Path.GetFullPath(Path.Combine(Root, target));
    }
}
