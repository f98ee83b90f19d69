using System.CommandLine;
using Registry.Etl.Cli;
using Registry.Etl.Cli.Commands;
using Registry.Etl.Pipeline.TestHost;

var root = new RootCommand("registry-etl with deterministic test stages (tests only).");
root.Subcommands.Add(RunCommand.Create(TestStages.Create()));
root.Subcommands.Add(RunsCommand.Create());
root.Subcommands.Add(ScheduleCommand.Create(TestStages.Create()));
root.Subcommands.Add(CrashRunCommand.Create());
return await CliApplication.InvokeAsync(root, args, Console.Out, Console.Error).ConfigureAwait(false);
