using System.Globalization;

namespace Registry.Etl.Benchmarks.Parquet;

/// <summary>
/// Resident memory of this process from /proc/self/status (Linux). The peak (VmHWM) can be reset by
/// writing 5 to /proc/self/clear_refs, so the peak of one phase can be measured on its own.
/// </summary>
internal static class ProcessMemory
{
    public static long ResidentBytes => Read("VmRSS:");

    public static long PeakResidentBytes => Read("VmHWM:");

    /// <summary>Resets the peak to the current resident size; false where the kernel does not allow it.</summary>
    public static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return PeakResidentBytes <= ResidentBytes + (1 << 20);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long Read(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kb = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}
