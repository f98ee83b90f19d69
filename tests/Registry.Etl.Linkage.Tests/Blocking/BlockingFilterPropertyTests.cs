using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;
using Registry.Etl.Linkage.Blocking;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage.Tests.Blocking;

/// <summary>
/// <see cref="BlockingFilter"/> on random small inputs: it keeps exactly the right rows that share a complete
/// key of some rule with a left row (checked against a plain re-statement of the key transforms), and linking
/// only those rows gives the same pairs and weights as linking the whole right input.
/// </summary>
public sealed class BlockingFilterPropertyTests
{
    private const string ModelText = """
        name: filtered
        link_type: link
        unique_id: {left: id, right: rid}
        deterministic:
          - {name: name & day, keys: [{column: {left: name, right: name2}}, day]}
        blocking:
          - {name: lower name, keys: [{column: {left: name, right: name2}, transform: lower}]}
          - {name: pc prefix & year, keys: [{column: pc, transform: prefix, length: 4}, {column: day, transform: year}]}
          - {name: sex & pc, keys: [sex, pc]}
          - {name: sex & day & pc2, keys: [sex, day, {column: pc, transform: prefix, length: 2}]}
        comparisons:
          - column: sex
            levels: [exact]
          - column: pc
            levels: [exact, {type: prefix, length: 4}]
          - column: day
            levels: [exact, {type: date_within, days: 400}]
        training: {u_max_pairs: 100000}
        decision: {output_weight: -500}
        """;

    private static readonly string?[] Names = ["Jan", "jan", "JAN", "Piet", "piet", "Anna", "an", string.Empty, null];
    private static readonly string?[] Postcodes = ["1234AB", "1234ab", "1234", "12", "5678CD", "5678", string.Empty, null];
    private static readonly DateOnly?[] Days = [new DateOnly(1950, 3, 1), new DateOnly(1950, 11, 30), new DateOnly(1951, 3, 1), new DateOnly(1962, 7, 4), null];
    private static readonly string?[] Sexes = ["m", "f", null];

    private static readonly LinkageModel Model = ModelParser.Parse(ModelText);

    /// <summary>Parameters trained once on a larger input of the same kind; every case scores with them (no training on tiny inputs).</summary>
    private static readonly Lazy<LinkageParameters> Parameters = new(() =>
    {
        var rng = new Random(42);
        return Linker.Run(Model, Build(Rows(rng, 400, "l"), left: true), Build(Rows(rng, 400, "r"), left: false)).Parameters;
    });

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(150);

    [Fact]
    public void Keep_RandomInputs_KeepsExactlyTheRowsThatShareACompleteKey()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var (left, right) = Generate(c);
            var keep = BlockingFilter.ForLeft(Model, Build(left, left: true)).Keep(Build(right, left: false));
            for (var j = 0; j < right.Length; j++)
            {
                Assert.True(ReferenceKeep(left, right[j]) == keep[j], $"right row {j} ({right[j]}): kept {keep[j]}");
            }
        }).Check(Config);
    }

    [Fact]
    public void Keep_LastStepsAsDictionaries_KeepsTheSameRowsAsWithSetsOfBits()
    {
        // small inputs use sets of bits for every rule's last step; a national one may need the dictionary
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var (left, right) = Generate(c);
            var table = Build(right, left: false);
            var bits = BlockingFilter.ForLefts(Model, [Build(left, left: true)]).Keep(table);
            var dictionaries = BlockingFilter.ForLefts(Model, [Build(left, left: true)], maxLastPairBits: 0).Keep(table);
            Assert.Equal(bits, dictionaries);
            Assert.Equal(right.Select(r => ReferenceKeep(left, r)), dictionaries);
        }).Check(Config);
    }

    [Fact]
    public void Link_OnlyKeptRightRows_GivesTheSamePairsAsTheWholeRightInput()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var (leftRows, rightRows) = Generate(c);
            var left = Build(leftRows, left: true);
            var right = Build(rightRows, left: false);
            var keep = BlockingFilter.ForLeft(Model, left).Keep(right);
            var kept = Enumerable.Range(0, rightRows.Length).Where(j => keep[j]).ToArray();
            var options = new LinkageOptions { Parameters = Parameters.Value, MaxDegreeOfParallelism = 1 };

            var full = Linker.Run(Model, left, right, options);
            var part = Linker.Run(Model, left, Build([.. kept.Select(j => rightRows[j])], left: false), options);

            // every right row of a pair (deterministic or scored: the output threshold keeps them all) was kept
            Assert.All(full.Pairs.Right, j => Assert.True(keep[j], $"right row {j} is in a pair but was dropped"));
            Assert.Equal(full.Pairs.Count, part.Pairs.Count);
            Assert.Equal(full.Pairs.Left, part.Pairs.Left);
            Assert.Equal(full.Pairs.Right, part.Pairs.Right.Select(j => kept[j]));
            Assert.Equal(full.Pairs.Weight, part.Pairs.Weight);
            Assert.Equal(full.Pairs.Match, part.Pairs.Match);
        }).Check(Config);
    }

    [Fact]
    public void ForLefts_SeveralLeftInputs_KeepsWhatAnyOfThemAloneKeeps()
    {
        Prop.ForAll(Cases().ToArbitrary(), Cases().ToArbitrary(), (a, b) =>
        {
            var (leftA, right) = Generate(a);
            var (leftB, _) = Generate(b);
            var rightTable = Build(right, left: false);

            var both = BlockingFilter.ForLefts(Model, [Build(leftA, left: true), Build(leftB, left: true)]).Keep(rightTable);

            var onlyA = BlockingFilter.ForLeft(Model, Build(leftA, left: true)).Keep(rightTable);
            var onlyB = BlockingFilter.ForLeft(Model, Build(leftB, left: true)).Keep(rightTable);
            Assert.Equal(onlyA.Zip(onlyB, (x, y) => x || y), both);
        }).Check(Config);
    }

    [Fact]
    public void Keep_RightInputInChunks_KeepsTheSameRowsAsInOnePiece()
    {
        Prop.ForAll(Cases().ToArbitrary(), Gen.Choose(1, 7).ToArbitrary(), (c, size) =>
        {
            var (left, right) = Generate(c);
            var filter = BlockingFilter.ForLeft(Model, Build(left, left: true));

            var chunked = right.Chunk(size).SelectMany(chunk => filter.Keep(Build(chunk, left: false)));

            Assert.Equal(filter.Keep(Build(right, left: false)), chunked);
        }).Check(Config);
    }

    [Fact]
    public void Keep_AsIsTextPartsGivenAsIds_KeepsWhatTheTableGives()
    {
        // a caller that reads a text column as ids from each value's text (no column of strings) and passes the
        // other parts as a table of their columns only
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var (left, right) = Generate(c);
            var filter = BlockingFilter.ForLeft(Model, Build(left, left: true));
            var table = Build(right, left: false);
            var parts = filter.Parts;
            var ids = new int[]?[parts.Count];
            var others = new List<int>();
            for (var p = 0; p < parts.Count; p++)
            {
                var column = table[table.Schema.IndexOf(parts[p].Column)];
                if (parts[p].AsIs && column is StringColumn text)
                {
                    var part = p;
                    ids[p] = [.. text.Values.ToArray().Select(v => v is null ? -1 : filter.LeftIdOf(part, v))];
                }
                else if (!others.Contains(table.Schema.IndexOf(parts[p].Column)))
                {
                    others.Add(table.Schema.IndexOf(parts[p].Column));
                }
            }

            Assert.Contains(ids, i => i is not null); // name2, pc and sex are text compared as they are
            var rest = new Table(new TableSchema(others.Select(i => table.Schema[i])), [.. others.Select(i => table[i])]);

            Assert.Equal(filter.Keep(table), filter.Keep(right.Length, rest, ids));
        }).Check(Config);
    }

    [Fact]
    public void Keep_RightRowWithoutAnyLeftKey_IsDropped_AndNullKeysNeverMeet()
    {
        Row[] left = [new("l0", "Jan", "1234AB", new DateOnly(1950, 3, 1), "m"), new("l1", null, null, null, null)];
        Row[] right =
        [
            new("r0", "jAN", null, null, null), // lower(name) meets l0
            new("r1", null, "1234XY", new DateOnly(1950, 12, 31), null), // prefix(pc,4) & year meets l0
            new("r2", null, "1234AB", null, "f"), // pc prefix without year, sex differs: no complete key
            new("r3", null, null, null, null), // all null: l1 is all null too, but nulls never meet
            new("r4", "Anna", "9999ZZ", new DateOnly(1950, 3, 1), "m"),
            new("r5", null, "1234AB", null, "m"), // sex & pc
        ];

        var keep = BlockingFilter.ForLeft(Model, Build(left, left: true)).Keep(Build(right, left: false));

        Assert.Equal([true, true, false, false, false, true], keep);
    }

    [Fact]
    public void ForLeft_DedupeModel_IsRefused()
    {
        var dedupe = ModelParser.Parse("name: d\nlink_type: dedupe\nblocking: [[sex]]\ncomparisons: [{column: pc, levels: [exact]}]\n");

        var e = Assert.Throws<ConfigurationException>(() => BlockingFilter.ForLeft(dedupe, Build([new("l0", "a", "b", null, "m")], left: true)));

        Assert.Contains("'d'", e.Message, StringComparison.Ordinal);
    }

    private static Gen<(int Seed, int Left, int Right)> Cases() =>
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from left in Gen.Choose(1, 20)
        from right in Gen.Choose(1, 40)
        select (seed, left, right);

    private static (Row[] Left, Row[] Right) Generate((int Seed, int Left, int Right) c)
    {
        var rng = new Random(c.Seed);
        return (Rows(rng, c.Left, "l"), Rows(rng, c.Right, "r"));
    }

    private static Row[] Rows(Random rng, int n, string prefix) =>
        [.. Enumerable.Range(0, n).Select(i => new Row(
            $"{prefix}{i}",
            Names[rng.Next(Names.Length)],
            Postcodes[rng.Next(Postcodes.Length)],
            Days[rng.Next(Days.Length)],
            Sexes[rng.Next(Sexes.Length)]))];

    /// <summary>The left input names its name column <c>name</c>, the right one <c>name2</c> (a rule across two columns).</summary>
    private static Table Build(IReadOnlyList<Row> rows, bool left)
    {
        var builder = new TableBuilder(new TableSchema(
        [
            new(left ? "id" : "rid", ColumnKind.String), new(left ? "name" : "name2", ColumnKind.String),
            new("pc", ColumnKind.String), new("day", ColumnKind.Date), new("sex", ColumnKind.String),
        ]));
        foreach (var r in rows)
        {
            builder.AddRow(r.Id, r.Name, r.Pc, r.Day, r.Sex);
        }

        return builder.Build();
    }

    /// <summary>The model's rules restated: empty text is null, lower/prefix/year as the README defines them; a null part never meets.</summary>
    private static bool ReferenceKeep(Row[] left, Row right)
    {
        static string? Text(string? s) => string.IsNullOrEmpty(s) ? null : s;
        static string? Lower(string? s) => Text(s)?.ToLowerInvariant();
        static string? Prefix(string? s, int n = 4) => Text(s) is { } t ? t[..Math.Min(n, t.Length)] : null;
        static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        static string? Year(DateOnly? d) => d?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        static bool Meet(params (string? L, string? R)[] parts) => parts.All(p => p.L is not null && p.L == p.R);
        return left.Any(l =>
            Meet((Text(l.Name), Text(right.Name)), (Day(l.Day), Day(right.Day)))
            || Meet((Lower(l.Name), Lower(right.Name)))
            || Meet((Prefix(l.Pc), Prefix(right.Pc)), (Year(l.Day), Year(right.Day)))
            || Meet((Text(l.Sex), Text(right.Sex)), (Text(l.Pc), Text(right.Pc)))
            || Meet((Text(l.Sex), Text(right.Sex)), (Day(l.Day), Day(right.Day)), (Prefix(l.Pc, 2), Prefix(right.Pc, 2))));
    }

    private sealed record Row(string Id, string? Name, string? Pc, DateOnly? Day, string? Sex);
}
