namespace Registry.Etl.Synthetic.Export;

/// <summary>Date formats per source (pipelines/sources/README.md).</summary>
internal enum DateStyle
{
    /// <summary>dd-MM-yyyy (DCRA, DHBA).</summary>
    DayMonthYear,

    /// <summary>yyyy-MM-dd (NKR).</summary>
    Iso,

    /// <summary>yyyyMMdd (LBZ).</summary>
    Compact,
}
