using System.CommandLine;
using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Linting;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Scheduling;

namespace Registry.Etl.Cli.Commands;

/// <summary>`registry-etl validate`: lints every indicator spec and the given pipeline files (CI runs it); exit 0 clean, 2 errors.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var pipelines = new Argument<FileInfo[]>("pipeline") { Description = "Pipeline files to lint as well (e.g. pipelines/*.yaml); their indicator pins must resolve.", Arity = ArgumentArity.ZeroOrMore };
        var specs = new Option<DirectoryInfo?>("--specs") { Description = "The indicator specs folder (default: ./indicator-specs)." };
        var updateLock = new Option<bool>("--update-lock") { Description = "First add every published spec version missing from specs.lock (existing entries are never changed)." };
        var command = new Command("validate", "Lint every indicator spec (unknown keys, id/folder/version, lock of published versions, expressions against the dataset schema) and pipeline file.")
        {
            pipelines, specs, updateLock,
        };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var root = parseResult.GetValue(specs)?.FullName ?? Path.GetFullPath("indicator-specs");
            try
            {
                if (parseResult.GetValue(updateLock))
                {
                    foreach (var key in SpecLinter.UpdateLock(root))
                    {
                        stdout.WriteLine($"locked {key}");
                    }
                }

                var errors = 0;
                var specIssues = SpecLinter.Lint(root);
                foreach (var issue in specIssues)
                {
                    stderr.WriteLine(issue.ToString());
                    errors++;
                }

                var catalog = specIssues.Count == 0 ? SpecCatalog.Load(root) : null;
                var files = parseResult.GetValue(pipelines) ?? [];
                foreach (var file in files)
                {
                    errors += LintPipeline(file.FullName, catalog, stderr);
                }

                stdout.WriteLine($"{SpecCatalog.Files(root).Count} spec files and {files.Length} pipeline files checked: {(errors == 0 ? "no errors" : $"{errors} errors")}.");
                return errors == 0 ? 0 : 2;
            }
            catch (ConfigurationException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static int LintPipeline(string path, SpecCatalog? catalog, TextWriter stderr)
    {
        var validation = PipelineLint.Validate(path);
        var errors = 0;
        foreach (var issue in validation.Issues)
        {
            stderr.WriteLine(issue.ToString());
            errors += issue.Severity == PipelineIssueSeverity.Error ? 1 : 0;
        }

        if (validation.Pipeline is null)
        {
            return Math.Max(errors, 1);
        }

        foreach (var pin in validation.Pipeline.Indicators)
        {
            if (catalog is not null && !catalog.TryResolve(pin.ToString(), out _))
            {
                stderr.WriteLine($"{pin.Location}: error indicator-unknown: no spec {pin} in the specs folder.");
                errors++;
            }
        }

        return errors;
    }
}
