using System.Text;
using CsvHelper;
using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Pseudonyms;

namespace Registry.Etl.Ingest.Standardising;

/// <summary>
/// Validates and standardises the rows of one file: parse each bound field, check codes, ranges and
/// patterns, pseudonymise identifying fields, then check the cross-field rules. Collects the row's
/// issues; the caller commits or quarantines the row.
/// </summary>
internal sealed partial class RowStandardiser
{
    /// <summary>Fields longer than this are not data but damage (or an attack on memory): the row is quarantined.</summary>
    public const int MaxFieldBytes = 8192;

    private readonly BoundColumn[] _columns;
    private readonly RowSink _sink;
    private readonly PseudonymCache _pseudonyms;
    private readonly DateFormatKind _dateFormat;
    private readonly bool _decimalComma;
    private readonly DateOnly _exportDate;
    private readonly IReadOnlyDictionary<string, string> _fileNameGroups;
    private readonly int[] _keyColumns;
    private readonly int _indexDateColumn;
    private readonly (ContractRule Rule, int Column, int Other)[] _rules;
    private readonly int _sourceKeyOut, _exportDateOut, _sourceFileOut, _sourceLineOut;
    private readonly string _fileName;

    // per row: the parsed value of each contract column (dates as day numbers), for rules and derived values
    private readonly double[] _values;
    private readonly bool[] _has;
    private readonly string?[] _texts;

    // per string column, the values that passed before (by the reader's pooled instance)
    private readonly AcceptedStrings?[] _accepted;

    public RowStandardiser(
        SourceContract contract,
        BoundColumn[] columns,
        RowSink sink,
        PseudonymCache pseudonyms,
        char delimiter,
        DateOnly exportDate,
        IReadOnlyDictionary<string, string> fileNameGroups,
        string fileName)
    {
        _columns = columns;
        _sink = sink;
        _pseudonyms = pseudonyms;
        _dateFormat = ValueParsers.FormatOf(contract.Format.DateFormat);
        _decimalComma = contract.Format.Decimal == DecimalStyle.Comma || (contract.Format.Decimal == DecimalStyle.ByDelimiter && delimiter == ';');
        _exportDate = exportDate;
        _fileNameGroups = fileNameGroups;
        _fileName = fileName;
        _keyColumns = [.. contract.Key.Select(IndexOf)];
        _indexDateColumn = contract.IndexDate is null ? -1 : IndexOf(contract.IndexDate);
        _rules = [.. contract.Rules.Select(r => (r, IndexOf(r.Column), IndexOf(r.Other)))];
        _values = new double[columns.Length];
        _has = new bool[columns.Length];
        _texts = new string?[columns.Length];
        _accepted = new AcceptedStrings?[columns.Length];
        _sourceKeyOut = sink.Schema.IndexOf(StandardisedSchema.SourceKey);
        _exportDateOut = sink.Schema.IndexOf(StandardisedSchema.ExportDate);
        _sourceFileOut = sink.Schema.IndexOf(StandardisedSchema.SourceFile);
        _sourceLineOut = sink.Schema.IndexOf(StandardisedSchema.SourceLine);
    }

    /// <summary>
    /// Reads the current record into the sink's pending row (the caller commits or takes it); returns false
    /// (and fills <paramref name="issues"/>, leaving nothing pending) when it must be quarantined.
    /// </summary>
    public bool Process(CsvReader reader, int line, List<RowIssue> issues, Dictionary<string, long> counts)
    {
        var rejected = false;
        Array.Clear(_has);
        Array.Clear(_texts);
        for (var i = 0; i < _columns.Length; i++)
        {
            var c = _columns[i];
            if (c.Field < 0)
            {
                continue;
            }

            var span = reader.GetSpan(c.Field);
            if (span.Length > MaxFieldBytes)
            {
                rejected |= Reject(issues, line, c, IssueCodes.FieldTooLong, $"longer than {MaxFieldBytes} bytes ({span.Length})");
                continue;
            }

            if (!System.Text.Unicode.Utf8.IsValid(span))
            {
                // the reader transcodes declared encodings to UTF-8; invalid bytes here mean the file is not what its contract says
                throw new InvalidEncodingException(line, c.Field + 1);
            }

            rejected |= !Field(reader, i, c, span, line, issues, counts);
        }

        if (!rejected)
        {
            rejected |= !Derived(line, issues);
            rejected |= !Rules(line, issues);
        }

        if (rejected)
        {
            _sink.Clear();
            return false;
        }

        _sink.String(_sourceKeyOut, SourceKey());
        _sink.Int(_exportDateOut, Core.Data.ColumnStorage.ToDays(_exportDate));
        _sink.String(_sourceFileOut, _fileName);
        _sink.Int(_sourceLineOut, line);
        return true;
    }

    private string SourceKey()
    {
        if (_keyColumns.Length == 1)
        {
            return _texts[_keyColumns[0]]!;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < _keyColumns.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('|');
            }

            sb.Append(_texts[_keyColumns[i]]);
        }

        return sb.ToString();
    }

    private int IndexOf(string raw)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i].Raw == raw)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Column '{raw}' is not bound.");
    }

    private static bool Reject(List<RowIssue> issues, int line, BoundColumn c, string code, string detail)
    {
        issues.Add(new RowIssue(line, c.Field + 1, c.Raw, code, detail));
        return true;
    }
}

/// <summary>A field whose bytes are not valid in the file's declared encoding: the whole file fails.</summary>
internal sealed class InvalidEncodingException(int line, int field) : Exception
{
    public int Line { get; } = line;

    public int Field { get; } = field;
}
