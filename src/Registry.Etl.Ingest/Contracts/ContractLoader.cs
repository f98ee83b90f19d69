using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Registry.Etl.Core;
using Registry.Etl.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Ingest.Contracts;

/// <summary>
/// Reads a contract file into a <see cref="SourceContract"/>. Strict: an unknown key, a wrong type, an
/// unknown column in a rule or key is a <see cref="ConfigurationException"/> naming file, line and column,
/// because a typo that silently became a default would let bad data through.
/// </summary>
public static partial class ContractLoader
{
    private static readonly string[] TopKeys = ["source", "version", "valid_from", "description", "file", "key", "index_date", "columns", "rules"];

    public static SourceContract LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new ConfigurationException($"Cannot read the contract: {e.Message}", new SourceLocation(path), e);
        }

        return Load(path, bytes);
    }

    /// <summary>Parses contract text; <paramref name="path"/> names it in errors and gives the expected source and version.</summary>
    public static SourceContract Load(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bytes);
        var y = new ContractYaml(path);
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(new UTF8Encoding(false, true).GetString(bytes));
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ConfigurationException($"Not valid YAML: {e.InnerException?.Message ?? e.Message}", new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column), e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this (without a position) on some malformed plain scalars
            throw new ConfigurationException($"Not valid YAML: {e.Message}", new SourceLocation(path), e);
        }
        catch (DecoderFallbackException e)
        {
            throw new ConfigurationException("A contract must be UTF-8 text.", new SourceLocation(path), e);
        }

        if (stream.Documents.Count != 1)
        {
            Throw.Configuration("A contract file holds exactly one YAML document.", new SourceLocation(path, 1, 1));
        }

        var root = y.AsMapping(stream.Documents[0].RootNode, "A contract");
        y.OnlyKeys(root, "a contract", TopKeys);
        var source = y.Text(root, "source", required: true)!;
        var version = y.Text(root, "version", required: true)!;
        var expected = $"{source}.v{version}";
        var fileName = Path.GetFileNameWithoutExtension(path);
        if (fileName != expected)
        {
            y.Fail<int>(y.Child(root, "version")!, $"The file must be named '{expected}.yaml' after its source and version, is '{Path.GetFileName(path)}'.");
        }

        var validFromText = y.Text(root, "valid_from", required: true)!;
        if (!DateOnly.TryParseExact(validFromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var validFrom))
        {
            y.Fail<int>(y.Child(root, "valid_from")!, $"'valid_from' must be a date yyyy-MM-dd, was '{validFromText}'.");
        }

        var (rule, format) = ReadFile(y, y.Mapping(root, "file"));
        var columns = ReadColumns(y, y.Sequence(root, "columns"));
        var key = ReadKey(y, root, columns);
        var indexDate = y.Text(root, "index_date", required: false);
        if (indexDate is not null && columns.FirstOrDefault(c => c.Raw == indexDate) is not { Type: FieldType.Date })
        {
            y.Fail<int>(y.Child(root, "index_date")!, $"'index_date' must name a date column of this contract, was '{indexDate}'.");
        }

        if (indexDate is null && columns.Any(c => c.Type == FieldType.BirthDate))
        {
            y.Fail<int>(root, "A contract with a birth date needs an 'index_date' to compute ages at.");
        }

        var rules = y.Child(root, "rules") is null ? [] : ReadRules(y, y.Sequence(root, "rules"), columns);
        return new SourceContract
        {
            Source = source,
            Version = version,
            ValidFrom = validFrom,
            FileName = rule,
            Format = format,
            Key = key,
            IndexDate = indexDate,
            Columns = columns,
            Rules = rules,
            FilePath = path,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
        };
    }

    private static IReadOnlyList<string> ReadKey(ContractYaml y, YamlMappingNode root, IReadOnlyList<ContractColumn> columns)
    {
        var keys = new List<string>();
        foreach (var node in y.Sequence(root, "key"))
        {
            var name = y.Scalar(node, "A key column");
            var column = columns.FirstOrDefault(c => c.Raw == name);
            if (column is null || !column.Required || column.Identifying)
            {
                y.Fail<int>(node, $"Key column '{name}' must be a required, non-identifying column of this contract.");
            }

            keys.Add(name);
        }

        return keys.Count > 0 ? keys : y.Fail<IReadOnlyList<string>>(y.Child(root, "key")!, "'key' needs at least one column.");
    }

    private static IReadOnlyList<ContractRule> ReadRules(ContractYaml y, YamlSequenceNode list, IReadOnlyList<ContractColumn> columns)
    {
        var rules = new List<ContractRule>();
        foreach (var node in list)
        {
            var map = y.AsMapping(node, "A rule");
            y.OnlyKeys(map, "a rule", "column", "not_before", "not_after", "at_most");
            var column = y.Text(map, "column", required: true)!;
            var kinds = new[] { ("not_before", RuleKind.NotBefore), ("not_after", RuleKind.NotAfter), ("at_most", RuleKind.AtMost) }
                .Where(k => y.Child(map, k.Item1) is not null)
                .ToArray();
            if (kinds.Length != 1)
            {
                y.Fail<int>(map, "A rule has 'column' and exactly one of: not_before, not_after, at_most.");
            }

            var (key, kind) = kinds[0];
            var other = y.Text(map, key, required: true)!;
            var wanted = kind == RuleKind.AtMost ? new[] { FieldType.Int, FieldType.Double } : [FieldType.Date, FieldType.BirthDate];
            foreach (var (name, at) in new[] { (column, y.Child(map, "column")!), (other, y.Child(map, key)!) })
            {
                if (columns.FirstOrDefault(c => c.Raw == name) is not { } c || Array.IndexOf(wanted, c.Type) < 0)
                {
                    y.Fail<int>(at, $"Rule '{key}' compares {(kind == RuleKind.AtMost ? "numbers" : "dates")}; '{name}' is not such a column of this contract.");
                }
            }

            rules.Add(new ContractRule(kind, column, other, y.At(map)));
        }

        return rules;
    }
}
