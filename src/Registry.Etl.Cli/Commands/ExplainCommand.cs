using System.CommandLine;
using Registry.Etl.Core.Errors;
using Registry.Etl.Indicators.Catalog;
using Registry.Etl.Indicators.Explain;

namespace Registry.Etl.Cli.Commands;

/// <summary>`registry-etl explain id@version`: the definition of one indicator version as a committee member reads it.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var pin = new Argument<string>("indicator") { Description = "The indicator version, id@version (e.g. dcra-lymph-nodes@2)." };
        var specs = new Option<DirectoryInfo?>("--specs") { Description = "The indicator specs folder (default: ./indicator-specs)." };
        var command = new Command("explain", "Print the definition of an indicator version: population, exclusions, numerator, case-mix, funnel, suppression, changelog.")
        {
            pin, specs,
        };
        command.SetAction(parseResult =>
        {
            var root = parseResult.GetValue(specs)?.FullName ?? Path.GetFullPath("indicator-specs");
            try
            {
                var spec = SpecCatalog.Load(root).Resolve(parseResult.GetValue(pin)!);
                parseResult.InvocationConfiguration.Output.Write(SpecExplainer.Render(spec));
                return 0;
            }
            catch (ConfigurationException e)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
