using System.Globalization;
using Registry.Etl.Core.Data;

namespace Registry.Etl.Benchmarks.Link;

/// <summary>
/// Two deterministic synthetic person files for the linkage benchmark. Left: n persons. Right: noisy copies
/// of a random 90% of them (typos in names, dates of birth with day/month swaps and digit errors, sex
/// errors, moves to another postcode, missing values), plus new persons. <see cref="Truth"/> gives each
/// right record's left row (or -1).
/// </summary>
internal sealed class PersonGenerator
{
    private static readonly TableSchema Schema = new(
    [
        new("id", ColumnKind.String, false), new("first_name", ColumnKind.String), new("surname", ColumnKind.String),
        new("dob", ColumnKind.String), new("sex", ColumnKind.String), new("postcode", ColumnKind.String),
    ]);

    private readonly Random _rng;
    private readonly string[] _surnames;
    private readonly double[] _surnameCdf;
    private readonly string[] _postcodes;

    private PersonGenerator(int seed)
    {
        _rng = new Random(seed);
        // 90 common surnames carry ~25% of people (Zipf), 60,000 generated ones the long tail.
        var tail = Enumerable.Range(0, 60_000).Select(_ => DutchNames.Synthetic(_rng)).Distinct(StringComparer.Ordinal).ToArray();
        _surnames = [.. DutchNames.Surnames, .. tail];
        _surnameCdf = Cdf(_surnames.Length, i => i < DutchNames.Surnames.Length ? 0.25 / DutchNames.Surnames.Length * (2.0 / (1 + (i / 20.0))) : 0.75 / tail.Length);
        var letters = "ABCDEGHJKLMNPRSTVWXZ";
        _postcodes = [.. Enumerable.Range(0, 450_000).Select(_ => string.Create(CultureInfo.InvariantCulture, $"{1000 + _rng.Next(9000)}{letters[_rng.Next(letters.Length)]}{letters[_rng.Next(letters.Length)]}"))];
    }

    public static PersonFiles Generate(int leftCount, int rightCount, int seed)
    {
        var g = new PersonGenerator(seed);
        var left = new TableBuilder(Schema, leftCount);
        var persons = new Person[leftCount];
        for (var i = 0; i < leftCount; i++)
        {
            persons[i] = g.NewPerson();
            Add(left, $"L{i}", persons[i]);
        }

        var right = new TableBuilder(Schema, rightCount);
        var truth = new int[rightCount];
        var copies = Math.Min(leftCount, (int)(rightCount * 0.9));
        var chosen = g.Sample(leftCount, copies);
        for (var j = 0; j < rightCount; j++)
        {
            if (j < copies)
            {
                truth[j] = chosen[j];
                Add(right, $"R{j}", g.Noisy(persons[chosen[j]]));
            }
            else
            {
                truth[j] = -1;
                Add(right, $"R{j}", g.NewPerson());
            }
        }

        // Shuffle right rows so true matches are not in left order.
        var order = g.Sample(rightCount, rightCount);
        var shuffled = Reorder(right.Build(), order);
        return new PersonFiles(left.Build(), shuffled, [.. order.Select(o => truth[o])]);
    }

    private Person NewPerson()
    {
        var male = _rng.Next(2) == 0;
        var names = male ? DutchNames.MaleFirst : DutchNames.FemaleFirst;
        var first = names[Zipf(names.Length)];
        var surname = _surnames[Pick(_surnameCdf)];
        var dob = new DateOnly(1925, 1, 1).AddDays(_rng.Next(29_000));
        return new Person(first, surname, dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), male ? "M" : "V", _postcodes[_rng.Next(_postcodes.Length)]);
    }

    private Person Noisy(Person p)
    {
        var first = Roll(0.08) ? Typo(p.FirstName!) : p.FirstName;
        var surname = Roll(0.08) ? Typo(p.Surname!) : p.Surname;
        var dob = p.Dob!;
        if (Roll(0.02) && int.Parse(dob.AsSpan(8, 2), CultureInfo.InvariantCulture) <= 12)
        {
            dob = $"{dob[..4]}-{dob[8..10]}-{dob[5..7]}"; // day and month swapped
        }
        else if (Roll(0.02))
        {
            var pos = new[] { 2, 3, 6, 9 }[_rng.Next(4)];
            dob = dob[..pos] + (char)('0' + _rng.Next(10)) + dob[(pos + 1)..]; // one digit wrong (may not be a date)
        }

        var sex = Roll(0.005) ? (p.Sex == "M" ? "V" : "M") : p.Sex;
        var postcode = p.Postcode!;
        if (Roll(0.10))
        {
            var next = _postcodes[_rng.Next(_postcodes.Length)];
            postcode = Roll(0.3) ? postcode[..4] + next[4..] : next; // moved, a third within the same PC4
        }
        else if (Roll(0.01))
        {
            postcode = postcode[..5] + "ABCDEGHJKLMNPRSTVWXZ"[_rng.Next(20)];
        }

        return new Person(
            Roll(0.02) ? null : first,
            surname,
            Roll(0.01) ? null : dob,
            sex,
            Roll(0.03) ? null : postcode);
    }

    private string Typo(string s)
    {
        if (s.Length < 2)
        {
            return s + "e";
        }

        var i = _rng.Next(s.Length - 1);
        var c = (char)('a' + _rng.Next(26));
        return _rng.Next(4) switch
        {
            0 => s[..i] + c + s[i..],                       // insertion
            1 => s[..i] + s[(i + 1)..],                     // deletion
            2 => s[..i] + c + s[(i + 1)..],                 // substitution
            _ => s[..i] + s[i + 1] + s[i] + s[(i + 2)..],   // transposition
        };
    }

    private bool Roll(double p) => _rng.NextDouble() < p;

    private int Zipf(int n) => Math.Min(n - 1, (int)(Math.Pow(n + 1, _rng.NextDouble()) - 1));

    private int Pick(double[] cdf)
    {
        var i = Array.BinarySearch(cdf, _rng.NextDouble());
        return Math.Min(cdf.Length - 1, i < 0 ? ~i : i);
    }

    private static double[] Cdf(int n, Func<int, double> weight)
    {
        var cdf = new double[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            total += weight(i);
            cdf[i] = total;
        }

        for (var i = 0; i < n; i++)
        {
            cdf[i] /= total;
        }

        return cdf;
    }

    private int[] Sample(int n, int k)
    {
        var all = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < k; i++)
        {
            var j = i + _rng.Next(n - i);
            (all[i], all[j]) = (all[j], all[i]);
        }

        return all[..k];
    }

    private static void Add(TableBuilder b, string id, Person p)
    {
        ((StringColumnBuilder)b[0]).Append(id);
        ((StringColumnBuilder)b[1]).Append(p.FirstName);
        ((StringColumnBuilder)b[2]).Append(p.Surname);
        ((StringColumnBuilder)b[3]).Append(p.Dob);
        ((StringColumnBuilder)b[4]).Append(p.Sex);
        ((StringColumnBuilder)b[5]).Append(p.Postcode);
    }

    private static Table Reorder(Table t, int[] order) =>
        new(t.Schema, [.. t.Columns.Select(c => (Column)new StringColumn(c.Schema, [.. order.Select(o => ((StringColumn)c)[o])]))]);

    private sealed record Person(string? FirstName, string? Surname, string? Dob, string? Sex, string? Postcode);
}
