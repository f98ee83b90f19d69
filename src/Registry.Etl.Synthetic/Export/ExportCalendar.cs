using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Export;

/// <summary>
/// When each source delivers (pipelines/sources/README.md): DCRA and DHBA quarterly per hospital on the
/// hospital's export day of the month after the quarter; NKR a yearly full extract on 1 April with the
/// vital-status cut-off of 1 February; LBZ monthly, export date the first day of the next month.
/// </summary>
internal sealed class ExportCalendar
{
    private readonly TimeWindow _window;

    public ExportCalendar(TimeWindow window) => _window = window;

    /// <summary>Export day of the audit file for quarter q (0 = first quarter of the first year).</summary>
    public int AuditExportDay(Hospital hospital, int quarter) =>
        _window.MonthStart(3 * (quarter + 1)) + hospital.ExportDay - 1;

    /// <summary>First quarter whose export leaves the hospital on or after <paramref name="day"/>.</summary>
    public int FirstAuditQuarterOnOrAfter(Hospital hospital, int day)
    {
        var q = Math.Max(0, (_window.MonthIndex(day) / 3) - 1);
        while (AuditExportDay(hospital, q) < day)
        {
            q++;
        }

        return q;
    }

    public static int NkrExtractDay(int year) => TimeWindow.Day(year, 4, 1);

    public static int NkrCutoffDay(int year) => TimeWindow.Day(year, 2, 1);

    /// <summary>Years with an NKR extract: from the year after the first data year.</summary>
    public int FirstNkrYear => _window.FirstYear + 1;

    public int LbzExportDay(int month) => _window.MonthStart(month + 1);

    /// <summary>The default end date: the last NKR extract covering the data years (1 April after them).</summary>
    public DateOnly DefaultEndDate => DateOnly.FromDayNumber(NkrExtractDay(_window.LastYear + 1));
}
