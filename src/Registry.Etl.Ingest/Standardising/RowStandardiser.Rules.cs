using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Pseudonyms;

namespace Registry.Etl.Ingest.Standardising;

internal sealed partial class RowStandardiser
{
    /// <summary>Values derived from several fields: ages at the index date and the patient-number pseudonym.</summary>
    private bool Derived(int line, List<RowIssue> issues)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            var c = _columns[i];
            switch (c.Column.Type)
            {
                case FieldType.BirthDate when _has[i] && _indexDateColumn >= 0 && _has[_indexDateColumn]:
                    var birth = DateOnly.FromDayNumber((int)_values[i]);
                    var at = DateOnly.FromDayNumber((int)_values[_indexDateColumn]);
                    var age = ValueParsers.Age(birth, at);
                    if (age < 0)
                    {
                        return !Reject(issues, line, c, IssueCodes.NegativeAge, $"born after {_columns[_indexDateColumn].Raw}");
                    }

                    if (age > 120)
                    {
                        return !Reject(issues, line, c, IssueCodes.OutOfRange, $"an age above 120 at {_columns[_indexDateColumn].Raw}");
                    }

                    _sink.Int(c.Output + 3, age);
                    break;
                case FieldType.PatientNumber when _texts[i] is { } patnr:
                    var hospital = _texts[IndexOf(c.Column.HospitalColumn!)];
                    if (hospital is not null)
                    {
                        _sink.String(c.Output, _pseudonyms.Of(PseudonymPurpose.PatientNumber, $"{hospital}:{patnr}"));
                    }

                    break;
            }
        }

        return true;
    }

    private bool Rules(int line, List<RowIssue> issues)
    {
        var ok = true;
        foreach (var (rule, a, b) in _rules)
        {
            if (!_has[a] || !_has[b])
            {
                continue;
            }

            var (x, y) = (_values[a], _values[b]);
            var broken = rule.Kind switch
            {
                RuleKind.NotBefore => x < y,
                RuleKind.NotAfter => x > y,
                _ => x > y,
            };
            if (broken)
            {
                var what = rule.Kind switch
                {
                    RuleKind.NotBefore => (IssueCodes.DateOrder, $"before {rule.Other}"),
                    RuleKind.NotAfter => (IssueCodes.DateOrder, $"after {rule.Other}"),
                    _ => (IssueCodes.NotAtMost, $"greater than {rule.Other}"),
                };
                ok = !Reject(issues, line, _columns[a], what.Item1, what.Item2) && ok;
            }
        }

        return ok;
    }
}
