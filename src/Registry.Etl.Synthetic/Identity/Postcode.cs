using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Identity;

/// <summary>
/// Dutch PC6 postcodes packed in an int (pc4 * 400 + letter pair). Letters avoid F, I, O, Q, U, Y
/// (unused before 2005) and the pairs SA, SD, SS (domain.md 6.4); the first digit is the region.
/// </summary>
internal static class Postcode
{
    private const string Letters = "ABCDEGHJKLMNPRSTVWXZ";

    public static int Pack(int pc4, int first, int second) => pc4 * 400 + first * 20 + second;

    public static int Pc4(int packed) => packed / 400;

    /// <summary>A random postcode in a region (1..9 = first digit).</summary>
    public static int Random(ref Rng rng, int region)
    {
        var pc4 = region * 1000 + (region == 1 ? rng.Between(11, 999) : rng.Below(1000));
        return WithRandomLetters(ref rng, pc4);
    }

    /// <summary>A new address after a move: mostly nearby (same first two digits), sometimes far.</summary>
    public static int Moved(ref Rng rng, int packed)
    {
        var pc4 = Pc4(packed);
        var next = rng.Chance(0.7) ? pc4 / 100 * 100 + rng.Below(100) : Pc4(Random(ref rng, rng.Between(1, 9)));
        if (next < 1000)
        {
            next += 1000;
        }

        var moved = WithRandomLetters(ref rng, next);
        return moved == packed ? WithRandomLetters(ref rng, next == 9999 ? 9998 : next + 1) : moved;
    }

    /// <summary>One character mistyped: a letter or one of the last three digits.</summary>
    public static int Typo(ref Rng rng, int packed)
    {
        var pc4 = Pc4(packed);
        var pair = packed % 400;
        int result;
        do
        {
            result = rng.Below(3) switch
            {
                0 => Pack(pc4, rng.Below(20), pair % 20),
                1 => Pack(pc4, pair / 20, rng.Below(20)),
                _ => Pack(pc4 / 10 * 10 + rng.Below(10), pair / 20, pair % 20),
            };
        }
        while (result == packed || !IsAllowedPair(result % 400));

        return result;
    }

    public static string Format(int packed, PostcodeStyle style)
    {
        Span<char> buffer = stackalloc char[7];
        return new string(buffer[..Format(packed, style, buffer)]);
    }

    /// <summary>Formats into a span of at least 7 characters; returns the length.</summary>
    public static int Format(int packed, PostcodeStyle style, Span<char> buffer)
    {
        var pc4 = Pc4(packed);
        var pair = packed % 400;
        pc4.TryFormat(buffer, out _, "D4", System.Globalization.CultureInfo.InvariantCulture);
        var i = 4;
        if (style == PostcodeStyle.Spaced)
        {
            buffer[i++] = ' ';
        }

        var first = Letters[pair / 20];
        var second = Letters[pair % 20];
        if (style == PostcodeStyle.Lower)
        {
            first = char.ToLowerInvariant(first);
            second = char.ToLowerInvariant(second);
        }

        buffer[i++] = first;
        buffer[i++] = second;
        return i;
    }

    private static int WithRandomLetters(ref Rng rng, int pc4)
    {
        int pair;
        do
        {
            pair = rng.Below(400);
        }
        while (!IsAllowedPair(pair));

        return pc4 * 400 + pair;
    }

    private static bool IsAllowedPair(int pair) =>
        !(Letters[pair / 20] == 'S' && Letters[pair % 20] is 'A' or 'D' or 'S');
}
