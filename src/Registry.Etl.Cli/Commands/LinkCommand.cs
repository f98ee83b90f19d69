using System.CommandLine;
using System.Globalization;
using Registry.Etl.Core.Errors;
using Registry.Etl.Pipeline.Linkage;

namespace Registry.Etl.Cli.Commands;

/// <summary>`registry-etl link`: deterministic rules then Fellegi-Sunter over one (dedupe) or two (link) CSV inputs.</summary>
internal static class LinkCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "Linkage model (YAML; see pipelines/linkage/README.md).", Required = true };
        var left = new Option<string>("--left") { Description = "Input CSV (dedupe), or the left input (link).", Required = true };
        var right = new Option<string?>("--right") { Description = "Right input CSV (link mode); omit to deduplicate --left." };
        var output = new Option<string>("--out") { Description = "Output folder (pairs, review, clusters, m_u, weight_histogram, rules, summary, parameters.json, link.json).", Required = true };
        var delimiter = new Option<string?>("--delimiter") { Description = "Field separator (default: detected from , ; tab |). Use 'tab' for a tab." };
        var encoding = new Option<string>("--encoding") { Description = "Text encoding of the inputs (utf-8, windows-1252, iso-8859-1, ...).", DefaultValueFactory = _ => "utf-8" };
        var noHeader = new Option<bool>("--no-header") { Description = "The inputs have no header line; columns are named column1, column2, ..." };
        var parameters = new Option<string?>("--parameters") { Description = "Saved parameters: reused when the file exists, written after training when it does not." };
        var retrain = new Option<bool>("--retrain") { Description = "Train even when --parameters exists, and overwrite it." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores)." };
        var command = new Command("link", "Link records: deterministic cascade, then Fellegi-Sunter with EM, blocking, clustering.")
        {
            model, left, right, output, delimiter, encoding, noHeader, parameters, retrain, threads,
        };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                var options = new LinkJobOptions(
                    parseResult.GetValue(model)!,
                    parseResult.GetValue(left)!,
                    parseResult.GetValue(right),
                    parseResult.GetValue(output)!,
                    new LinkCsvOptions(Delimiter(parseResult.GetValue(delimiter)), parseResult.GetValue(encoding)!, !parseResult.GetValue(noHeader)),
                    parseResult.GetValue(parameters),
                    parseResult.GetValue(retrain),
                    parseResult.GetValue(threads));
                var (result, manifest) = LinkJob.Run(options, m => stderr.WriteLine(m));
                var d = result.Diagnostics;
                stdout.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(result.Trained ? "trained" : "reused parameters")}; candidate pairs {d.CandidatePairs}; matches {d.Matches}; review {d.ReviewPairs}; clusters {d.Clusters}; estimated precision {d.EstimatedPrecision:F4}, recall {d.EstimatedRecall:F4}"));
                stdout.WriteLine($"wrote {string.Join(", ", manifest.Outputs.Select(o => o.Name))} to {options.Output}");
                return 0;
            }
            catch (ConfigurationException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return 2;
            }
            catch (DataFileException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return 1;
            }
            catch (IOException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return 3;
            }
        });
        return command;
    }

    internal static char? Delimiter(string? text) => text switch
    {
        null or "" => null,
        "tab" or "\\t" => '\t',
        { Length: 1 } => text[0],
        _ => throw new ConfigurationException($"--delimiter must be one character or 'tab', got '{text}'."),
    };
}
