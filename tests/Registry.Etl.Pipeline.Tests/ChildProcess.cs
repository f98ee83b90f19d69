using System.Diagnostics;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Pipeline.Tests;

/// <summary>Starts the test host (a registry-etl with test stages) as a real child process.</summary>
internal static class ChildProcess
{
    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["REGISTRY_ETL_PSEUDONYM_KEY"] = SampleWorkspace.PseudonymKey; // the real stages need one; synthetic data only
        info.ArgumentList.Add(TestWorkspace.HostDll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
