using System.Globalization;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Text;

/// <summary>
/// Free-text remarks (DCRA `opmerking`) that exercise a CSV reader: both delimiters, doubled quotes,
/// CRLF and LF inside a field, accented place names and the euro sign (all inside Windows-1252).
/// </summary>
internal static class RemarkGenerator
{
    public static string Create(ref Rng rng, int operationDay)
    {
        var places = Places.RemarkPlaces;
        var place = places[rng.Below(places.Count)];
        var other = places[rng.Below(places.Count)];
        var date = DateOnly.FromDayNumber(operationDay - rng.Between(3, 40)).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var n = rng.Between(2, 9);
        return rng.Below(12) switch
        {
            0 => $"Patiënt verwezen vanuit {place}; MDO {date} besproken",
            1 => "Opname via SEH, \"ileus\" bij sigmoïdtumor",
            2 => $"Relaparotomie dag {n}:\nnaadlekkage bevestigd, stoma aangelegd",
            3 => $"Woont sinds kort in {place}, eerder behandeld in \"{other}\"",
            4 => "Coördinatie met IC; familie geïnformeerd, cliënt wil \"geen\" reanimatie",
            5 => "Gewicht niet reëel ingevoerd (kg/lbs?), gecontroleerd door verpleging",
            6 => $"Tweede mening aangevraagd in {place}, {other} en Nijmegen",
            7 => $"Eigen risico € {n}85 besproken; patiënt op vakantie in Curaçao geweest",
            8 => "\"Dubbeltumor\": sigmoïd + rectum,\r\nbeide gereseceerd",
            9 => $"Controle via poli; ideeën over follow-up besproken met huisarts te {place}",
            10 => $"Pre-operatief: \"\"stent\"\" geplaatst in {place}; later electief;\r\nzie brief",
            _ => $"Naïeve opmerking: financiële afhandeling via {place}",
        };
    }
}
