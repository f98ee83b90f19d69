using System.CommandLine;
using System.Globalization;
using Registry.Etl.Core.Errors;
using Registry.Etl.Pipeline.Linkage;

namespace Registry.Etl.Cli.Commands;

/// <summary>`registry-etl link-eval`: precision, recall and F1 of a `link` output against ground truth, over all pairs.</summary>
internal static class LinkEvalCommand
{
    public static Command Create()
    {
        var pairs = new Option<string>("--pairs") { Description = "Output folder of `registry-etl link`.", Required = true };
        var truthColumn = new Option<string?>("--truth-column") { Description = "Input column naming each record's true entity (never a model column)." };
        var truthRegex = new Option<string?>("--truth-regex") { Description = "Regex applied to the truth column; its first group (or the whole match) is the entity, e.g. '^rec-(\\d+)-' for FEBRL." };
        var truthPairs = new Option<string?>("--truth-pairs") { Description = "CSV of true pairs instead: header, then left id, right id per line (ids of the model's unique_id)." };
        var threshold = new Option<double?>("--threshold") { Description = "Count pairs with match_probability >= this as predicted (default: the run's match decisions)." };
        var command = new Command("link-eval", "Precision, recall and F1 of linked pairs against the truth; pairs lost in blocking count as misses.")
        {
            pairs, truthColumn, truthRegex, truthPairs, threshold,
        };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                if (parseResult.GetValue(truthColumn) is null && parseResult.GetValue(truthPairs) is null)
                {
                    stderr.WriteLine("error: give --truth-column or --truth-pairs.");
                    return 2;
                }

                var e = LinkEvalJob.Run(
                    parseResult.GetValue(pairs)!, parseResult.GetValue(truthColumn), parseResult.GetValue(truthRegex), parseResult.GetValue(truthPairs), parseResult.GetValue(threshold));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {e.Precision:F6}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {e.Recall:F6}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"f1 {e.F1:F6}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"true_pairs {e.TruePairs} predicted_pairs {e.PredictedPairs} true_positives {e.TruePositives} false_positives {e.FalsePositives} false_negatives {e.FalseNegatives}"));
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
            catch (ArgumentException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
