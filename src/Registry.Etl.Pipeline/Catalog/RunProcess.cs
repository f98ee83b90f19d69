using System.Globalization;

namespace Registry.Etl.Pipeline.Catalog;

/// <summary>
/// The process a run runs in, as the catalog records it at the start: host, pid, and a start tag
/// (<c>&lt;boot id&gt;:&lt;start time in clock ticks&gt;</c> from <c>/proc</c>) that tells a reused pid
/// apart from the original process. Lets a later run on the same host see that a <c>running</c> run's
/// process is gone (SIGKILL, OOM kill, power cut) without any heartbeat.
/// </summary>
public sealed record RunProcess(string Host, int Pid, string? StartTag)
{
    private const string Proc = "/proc";

    public static RunProcess Current { get; } = new(Environment.MachineName, Environment.ProcessId, StartTagOf(Environment.ProcessId));

    /// <summary>
    /// True only when this machine can tell the process is gone: it ran here (same host name) and no live
    /// process has its pid and start tag. A run on another host is never judged from here.
    /// </summary>
    public bool IsGoneOnThisHost()
    {
        if (!string.Equals(Host, Environment.MachineName, StringComparison.Ordinal))
        {
            return false;
        }

        if (Pid == Environment.ProcessId && StartTag == Current.StartTag)
        {
            return false;
        }

        if (!Directory.Exists(Path.Combine(Proc, "self")))
        {
            return !AliveByProcessApi(Pid); // no procfs: the pid alone (a reused pid reads as alive: the safe side)
        }

        var stat = ReadStat(Pid);
        if (stat is null || stat.Value.State is 'Z' or 'X')
        {
            return true; // no such process, or a zombie: it has ended, only its parent has not reaped it yet
        }

        return StartTag is not null && StartTagOf(Pid) is { } now && !string.Equals(now, StartTag, StringComparison.Ordinal);
    }

    /// <summary>The start tag of a live process, or null where /proc does not tell.</summary>
    public static string? StartTagOf(int pid)
    {
        var stat = ReadStat(pid);
        if (stat is null)
        {
            return null;
        }

        string boot;
        try
        {
            boot = File.ReadAllText(Path.Combine(Proc, "sys", "kernel", "random", "boot_id")).Trim();
        }
        catch (IOException)
        {
            boot = "?";
        }
        catch (UnauthorizedAccessException)
        {
            boot = "?";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{boot}:{stat.Value.StartTicks}");
    }

    /// <summary>State (field 3) and start time (field 22) of /proc/PID/stat; the command name may hold spaces and ')'.</summary>
    private static (char State, long StartTicks)? ReadStat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(Proc, pid.ToString(CultureInfo.InvariantCulture), "stat"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var close = text.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        // after "pid (comm) ": field 3 is the state, field 22 the start time
        var fields = text[(close + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 19 && long.TryParse(fields[19], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
            ? (fields[0][0], ticks)
            : null;
    }

    private static bool AliveByProcessApi(int pid)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
