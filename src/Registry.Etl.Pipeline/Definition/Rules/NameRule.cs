namespace Registry.Etl.Pipeline.Definition.Rules;

/// <summary>The name becomes part of run ids, folder names and job keys: keep it to a safe alphabet.</summary>
internal sealed class NameRule : IPipelineRule
{
    public void Check(PipelineDefinition pipeline, ICollection<PipelineIssue> issues)
    {
        var name = pipeline.Name;
        if (name.Length == 0)
        {
            return; // the reader already reported the missing key
        }

        var ok = name.Length <= 64 && char.IsAsciiLetterLower(name[0]);
        foreach (var c in name)
        {
            ok &= char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_';
        }

        if (!ok)
        {
            issues.Add(new PipelineIssue(pipeline.Location, "pipeline-name", PipelineIssueSeverity.Error,
                $"The name '{name}' must start with a lower-case letter and use only a-z, 0-9, '-' and '_' (at most 64)."));
        }
    }
}
