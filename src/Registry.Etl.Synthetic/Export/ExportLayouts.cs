namespace Registry.Etl.Synthetic.Export;

/// <summary>Raw column names in file order, exactly as pipelines/sources/README.md lists them.</summary>
internal static class ExportLayouts
{
    public static IReadOnlyList<string> Dcra { get; } =
    [
        "record_id", "agb", "bsn", "patnr", "geboortedatum", "geslacht", "postcode", "datum_pa", "datum_mdo",
        "datum_opname", "datum_operatie", "datum_ontslag", "locprim", "verwijzing", "asa", "lengte", "gewicht",
        "charlson", "ct", "cn", "cm", "pt", "pn", "pm", "urgentie", "preop_compl", "neoadj", "procedure", "techniek",
        "anastomose", "complicatie", "cd_graad", "naadlekkage", "reinterventie", "ic_opname", "overleden",
        "datum_overlijden", "status_30d", "heropname", "crm", "radicaliteit", "ond_lymf", "pos_lymf", "opmerking",
    ];

    public static IReadOnlyList<string> Dhba { get; } =
    [
        "record_id", "agb", "bsn", "patnr", "geboortedatum", "geslacht", "postcode", "datum_ingreep", "datum_opname",
        "datum_ontslag", "diagnose", "ingreep", "resectie", "ablatie", "benadering", "aantal_laesies",
        "grootste_laesie", "asa", "charlson", "lengte", "gewicht", "synchroon", "neoadj_chemo", "complicatie",
        "cd_graad", "reinterventie", "ic_opname", "overleden", "datum_overlijden", "status_30d", "heropname",
        "ic_dagen", "radicaliteit", "marge", "ltp", "datum_ltp", "datum_fu",
    ];

    /// <summary>DHBA exports dated before this day (contract dhba.v2014) lack the long-term items.</summary>
    public static readonly DateOnly DhbaLongTermItemsFrom = new(2018, 1, 1);

    /// <summary>The dhba.v2014 layout: without `ltp`, `datum_ltp` and `datum_fu`.</summary>
    public static IReadOnlyList<string> DhbaBefore2018 { get; } = Dhba.Take(Dhba.Count - 3).ToArray();

    public static IReadOnlyList<string> DhbaFor(int exportDay) =>
        exportDay < DhbaLongTermItemsFrom.DayNumber ? DhbaBefore2018 : Dhba;

    public static IReadOnlyList<string> Nkr { get; } =
    [
        "key_nkr", "key_zid", "bsn", "gebdat", "gesl", "postcode", "incdat", "topo_sublok", "morf", "gedrag",
        "diffgrad", "ct", "cn", "cm", "pt", "pn", "pm", "stadium", "zkh_diag", "zkh_chir", "chir_datum", "chir_type",
        "vit_stat", "vit_stat_dat", "recidief", "recidief_dat", "recidief_type",
    ];

    public static IReadOnlyList<string> Lbz { get; } =
    [
        "LBZIdopname", "dhd_pseudoniem", "gebdat", "geslacht", "postcode", "agb", "LBZOpnamedatum",
        "LBZOntslagdatum", "LBZZorgtype", "LBZUrgentie", "LBZHerkomst", "LBZBestemming", "LBZSpecialisme",
        "LBZIcd10hoofddiagnose", "LBZIcd10nevendiagnosen", "LBZVerrichtingen", "LBZICaantaldagen",
    ];

    /// <summary>The truth file beside every export file: one row per data row, same order.</summary>
    public static IReadOnlyList<string> TruthRecords { get; } =
        ["row", "line", "source_key", "person_id", "version", "duplicate", "kind", "related", "noise"];

    /// <summary>Clavien-Dindo grade as the audits export it (empty = none).</summary>
    public static string ClavienDindo(int grade) => grade switch
    {
        1 => "I",
        2 => "II",
        3 => "IIIa",
        4 => "IIIb",
        5 => "IVa",
        6 => "IVb",
        7 => "V",
        _ => "",
    };

    public static string Stage(int stage) => stage switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => "X" };
}
