using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Datasets;

namespace Registry.Etl.Pipeline.Stages.Datasets;

/// <summary>
/// The columns an analysis dataset gains from linkage (names and meaning as in the team's stage contract):
/// from the NKR tumour a record is linked to, vital status and its date, recurrence and its date; the date
/// of death from any source; from the LBZ admissions it is linked to, whether one starts 1..30 days after
/// the index discharge. Pure: tables in, columns out.
/// </summary>
public static class LinkedColumns
{
    /// <summary>The columns this adds: the contract the indicator specs compile against, defined once there.</summary>
    public static readonly IReadOnlyList<ColumnSchema> Schemas = DatasetSchemas.LinkedColumns;

    /// <summary>The NKR columns <see cref="Append"/> reads.</summary>
    public static readonly IReadOnlyList<string> NkrColumns = ["vital_status", "vital_status_date", "recurrence", "recurrence_date"];

    /// <summary>The LBZ columns <see cref="Append"/> reads.</summary>
    public static readonly IReadOnlyList<string> LbzColumns = ["admission_date"];

    /// <param name="record">The hospital source's standardised table (needs death_date and discharge_date).</param>
    /// <param name="nkrLinks">Accepted links of <paramref name="record"/> to NKR (artifact rows of this source), or null when no model links them: NKR columns are then null.</param>
    /// <param name="nkr">The NKR table the links point into.</param>
    /// <param name="lbzLinks">Accepted links to LBZ, or null (LBZ columns null).</param>
    /// <param name="lbz">The LBZ table the links point into.</param>
    /// <returns><paramref name="record"/> with the linked columns appended.</returns>
    /// <remarks>
    /// A record linked to several NKR tumours (a person-level model) takes the most probable link, ties to
    /// the lowest NKR row. Not linked to NKR: NKR columns null, <c>nkr_linked</c> false, and
    /// <c>death_date_any</c> the hospital's own date of death. <c>lbz_readmission_30d</c> is null when the
    /// record has no LBZ link or no discharge date (unknown, not "no readmission").
    /// </remarks>
    public static Table Append(Table record, IReadOnlyList<LinkRow>? nkrLinks, Table? nkr, IReadOnlyList<LinkRow>? lbzLinks, Table? lbz)
    {
        ArgumentNullException.ThrowIfNull(record);
        var n = record.RowCount;
        var best = new int[n];
        var bestP = new double[n];
        Array.Fill(best, -1);
        foreach (var link in nkrLinks ?? [])
        {
            if (best[link.LeftRow] < 0 || link.Probability > bestP[link.LeftRow] || (link.Probability == bestP[link.LeftRow] && link.RightRow < best[link.LeftRow]))
            {
                best[link.LeftRow] = link.RightRow;
                bestP[link.LeftRow] = link.Probability;
            }
        }

        var builders = Schemas.Select(s => ColumnBuilder.Create(s, n)).ToArray();
        var vital = nkr?.Get<int>("vital_status");
        var vitalDate = nkr?.Get<int>("vital_status_date");
        var recurrence = nkr?.Get<int>("recurrence");
        var recurrenceDate = nkr?.Get<int>("recurrence_date");
        var deathDate = record.Get<int>("death_date");
        var (lbzLinked, readmitted) = Readmissions(record, lbzLinks, lbz);
        for (var row = 0; row < n; row++)
        {
            var t = best[row];
            var linked = t >= 0;
            int? status = linked ? vital!.Get(t) : null;
            int? statusDate = linked ? vitalDate!.Get(t) : null;
            builders[0].AppendObject(nkrLinks is null ? null : linked);
            builders[1].AppendObject(status);
            builders[2].AppendObject(statusDate);
            builders[3].AppendObject(status == 1 && statusDate is not null ? statusDate : deathDate.Get(row));
            builders[4].AppendObject(linked ? recurrence!.Get(t) : null);
            builders[5].AppendObject(linked ? recurrenceDate!.Get(t) : null);
            builders[6].AppendObject(lbzLinks is null ? null : lbzLinked[row]);
            builders[7].AppendObject(readmitted[row]);
        }

        var columns = record.Columns.Concat(builders.Select(b => b.Build())).ToArray();
        return new Table(new TableSchema(record.Schema.Concat(Schemas)), columns);
    }

    /// <summary>Per record: null when not linked to LBZ or no discharge date, else whether a linked admission starts 1..30 days after discharge.</summary>
    private static (bool[] Linked, bool?[] Readmitted) Readmissions(Table record, IReadOnlyList<LinkRow>? links, Table? lbz)
    {
        var result = new bool?[record.RowCount];
        var linked = new bool[record.RowCount];
        if (links is null || lbz is null)
        {
            return (linked, result);
        }

        var discharge = record.Get<int>("discharge_date");
        var admission = lbz.Get<int>("admission_date");
        foreach (var link in links)
        {
            linked[link.LeftRow] = true;
            if (discharge.Get(link.LeftRow) is { } d && admission.Get(link.RightRow) is { } a && a - d is >= 1 and <= 30)
            {
                result[link.LeftRow] = true;
            }
        }

        for (var row = 0; row < result.Length; row++)
        {
            if (linked[row] && result[row] is null && !discharge.IsNull(row))
            {
                result[row] = false;
            }
        }

        return (linked, result);
    }
}

/// <summary>One accepted link: a row of the hospital table, a row of the registry table, the link's probability.</summary>
public readonly record struct LinkRow(int LeftRow, int RightRow, double Probability);
