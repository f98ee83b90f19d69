using System.Text;

namespace Registry.Etl.Synthetic.Tests.Support;

/// <summary>
/// A small RFC 4180 reader written for the tests, independent of the generator's writer: splits records
/// and fields, undoes quoting, and records each record's first physical line and its terminator.
/// </summary>
internal static class Csv
{
    internal sealed record Record(int Line, string[] Fields, string Terminator);

    public static List<Record> Parse(string text, char delimiter)
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var quoted = false;
        var fieldStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                    i++;
                    continue;
                }

                if (c == '\n')
                {
                    line++;
                }

                field.Append(c);
                i++;
                continue;
            }

            if (c == '"' && fieldStart)
            {
                quoted = true;
                fieldStart = false;
                i++;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStart = true;
                i++;
            }
            else if (c is '\r' or '\n')
            {
                var terminator = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : c.ToString();
                fields.Add(field.ToString());
                field.Clear();
                records.Add(new Record(recordLine, fields.ToArray(), terminator));
                fields.Clear();
                i += terminator.Length;
                line++;
                recordLine = line;
                fieldStart = true;
            }
            else
            {
                if (c == '"')
                {
                    throw new FormatException($"Bare quote inside an unquoted field on line {line}.");
                }

                field.Append(c);
                fieldStart = false;
                i++;
            }
        }

        if (quoted)
        {
            throw new FormatException("Unbalanced quote at end of file.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new Record(recordLine, fields.ToArray(), ""));
        }

        return records;
    }
}
