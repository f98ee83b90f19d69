namespace Registry.Etl.Synthetic.World;

/// <summary>Place names: hospital towns per postcode region, and places with accents for free text.</summary>
internal static class Places
{
    /// <summary>Approximate population share of the postcode regions 1..9 (index 0 unused).</summary>
    public static ReadOnlySpan<double> RegionShares => [0, 0.16, 0.14, 0.15, 0.08, 0.13, 0.12, 0.11, 0.06, 0.05];

    public static IReadOnlyList<string> Towns(int region) => region switch
    {
        1 => ["Amsterdam", "Haarlem", "Alkmaar", "Hoorn", "Zaandam", "Almere", "Lelystad", "Hilversum", "Purmerend", "Den Helder"],
        2 => ["Den Haag", "Leiden", "Delft", "Gouda", "Zoetermeer", "Alphen aan den Rijn", "Leiderdorp"],
        3 => ["Rotterdam", "Utrecht", "Dordrecht", "Amersfoort", "Schiedam", "Nieuwegein", "Capelle aan den IJssel", "Gorinchem", "Spijkenisse"],
        4 => ["Breda", "Bergen op Zoom", "Roosendaal", "Goes", "Vlissingen", "Terneuzen", "Tiel"],
        5 => ["Eindhoven", "Tilburg", "'s-Hertogenbosch", "Helmond", "Veldhoven", "Oss", "Uden", "Waalwijk"],
        6 => ["Nijmegen", "Arnhem", "Maastricht", "Heerlen", "Sittard-Geleen", "Venlo", "Roermond", "Ede", "Doetinchem", "Weert"],
        7 => ["Enschede", "Deventer", "Apeldoorn", "Zutphen", "Hengelo", "Almelo", "Emmen", "Winterswijk", "Hardenberg"],
        8 => ["Zwolle", "Leeuwarden", "Sneek", "Heerenveen", "Harderwijk", "Meppel"],
        _ => ["Groningen", "Assen", "Drachten", "Stadskanaal", "Delfzijl", "Winschoten"],
    };

    /// <summary>Places a remark may mention; several with characters outside ASCII but inside Windows-1252.</summary>
    public static IReadOnlyList<string> RemarkPlaces { get; } =
    [
        "Súdwest-Fryslân", "Noardeast-Fryslân", "Liège", "Düsseldorf", "Curaçao", "Mönchengladbach",
        "'s-Hertogenbosch", "Sint-Oedenrode", "Den Haag", "Bonaire", "Zürich", "Besançon", "Groningen",
        "Nijmegen", "Tilburg", "Ouwerkerk", "Köln", "Sainte-Maxime",
    ];
}
