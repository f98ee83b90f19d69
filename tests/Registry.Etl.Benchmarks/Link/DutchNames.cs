namespace Registry.Etl.Benchmarks.Link;

/// <summary>
/// Name lists for the synthetic person files: common Dutch first names and surnames (ordered roughly by
/// frequency, drawn with Zipf weights), plus a long tail of generated names so that, as in a real
/// population, most people share their surname with few others.
/// </summary>
internal static class DutchNames
{
    public static readonly string[] MaleFirst =
    [
        "jan", "johannes", "hendrik", "cornelis", "pieter", "willem", "gerrit", "jacob", "johan", "dirk", "peter", "hans", "kees", "henk",
        "wim", "piet", "klaas", "adrianus", "petrus", "theodorus", "anton", "frans", "bert", "gerard", "martin", "marco", "mark", "michel",
        "robert", "richard", "erik", "paul", "rob", "ronald", "rene", "dennis", "patrick", "jeroen", "sander", "bas", "thomas", "daan",
        "sem", "lucas", "levi", "finn", "milan", "jesse", "noah", "luuk", "stijn", "tim", "tom", "ruben", "lars", "bram", "niels", "koen",
        "joost", "arjen", "wouter", "maarten", "jasper", "vincent", "floris", "ties", "gijs", "sven", "rick", "kevin", "mike", "nick",
        "jeffrey", "stefan", "edwin", "ferry", "harry", "leo", "ad", "ton", "joop", "sjaak", "ben", "arie", "evert", "teun", "huub", "gert",
    ];

    public static readonly string[] FemaleFirst =
    [
        "maria", "johanna", "anna", "cornelia", "elisabeth", "wilhelmina", "hendrika", "catharina", "geertruida", "margaretha", "petronella",
        "adriana", "jacoba", "grietje", "annie", "riet", "ria", "truus", "ineke", "marja", "monique", "sandra", "linda", "petra", "anja",
        "ingrid", "marjolein", "esther", "wendy", "nicole", "mirjam", "karin", "saskia", "marieke", "anouk", "lotte", "sanne", "lisa",
        "emma", "julia", "sophie", "tess", "zoe", "eva", "sara", "fleur", "isa", "noa", "lieke", "femke", "iris", "anne", "inge", "kim",
        "manon", "joyce", "chantal", "natasja", "yvonne", "patricia", "astrid", "bianca", "carla", "diana", "els", "greet", "hanneke",
        "jolanda", "kitty", "lia", "mieke", "nel", "paula", "rita", "tineke", "wilma", "yolanda", "anneke", "bep", "corrie", "dini", "gerda",
    ];

    public static readonly string[] Surnames =
    [
        "de jong", "jansen", "de vries", "van den berg", "van dijk", "bakker", "janssen", "visser", "smit", "meijer", "de boer", "mulder",
        "de groot", "bos", "vos", "peters", "hendriks", "van leeuwen", "dekker", "brouwer", "de wit", "dijkstra", "smits", "de graaf",
        "van der meer", "van der linden", "kok", "jacobs", "de haan", "vermeulen", "van den heuvel", "van der veen", "van den broek",
        "de bruijn", "de bruin", "van der heijden", "schouten", "van beek", "willems", "van vliet", "van de ven", "hoekstra", "maas",
        "verhoeven", "koster", "van dam", "van der wal", "prins", "blom", "huisman", "peeters", "de lange", "kuipers", "van wijk", "post",
        "kuiper", "veenstra", "kramer", "van den brink", "scholten", "van wijngaarden", "martens", "vink", "de ruiter", "boer", "van der velde",
        "jonker", "evers", "ham", "timmermans", "van loon", "groen", "koning", "gerritsen", "van der laan", "hermans", "wouters", "verbeek",
        "sanders", "de kok", "vermeer", "van beek", "molenaar", "bosman", "postma", "claassen", "van es", "de vos", "van rijn", "haan",
    ];

    private static readonly string[] Onsets = ["b", "br", "d", "dr", "g", "gr", "h", "j", "k", "kl", "kr", "l", "m", "n", "p", "r", "s", "sl", "sn", "st", "t", "v", "w", "z", "sch", "ver", "ter"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "ui", "ou", "ei", "ij"];
    private static readonly string[] Codas = ["", "n", "r", "s", "k", "l", "m", "t", "rt", "nk", "ld", "ns", "rs", "ck", "nd", "ng"];
    private static readonly string[] Endings = ["", "", "", "man", "sma", "stra", "ink", "inga", "ens", "sen", "berg", "dijk", "veld", "hof", "kamp", "huis", "er"];

    /// <summary>A generated surname of one or two syllables and a Dutch-looking ending, sometimes with a prefix (van, de).</summary>
    public static string Synthetic(Random rng)
    {
        var syllables = rng.Next(2) + 1;
        var s = string.Empty;
        for (var i = 0; i < syllables; i++)
        {
            s += Onsets[rng.Next(Onsets.Length)] + Vowels[rng.Next(Vowels.Length)] + Codas[rng.Next(Codas.Length)];
        }

        s += Endings[rng.Next(Endings.Length)];
        return rng.Next(8) switch
        {
            0 => "van " + s,
            1 => "de " + s,
            _ => s,
        };
    }
}
