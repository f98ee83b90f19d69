using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Identity;

/// <summary>
/// Burgerservicenummers for synthetic persons: a keyed bijection from a person's dense index to the
/// valid (11-proof) numbers, so every person has a distinct valid BSN and none is ever stored.
/// </summary>
/// <remarks>
/// 11-proof (domain.md 6.1): weights 9..2 on the first eight digits and -1 on the ninth; the weighted sum
/// is divisible by 11. For any digits d2..d8 at least nine choices of d1 leave a valid check digit d9
/// (9*d1 mod 11 is injective on 0..9, so at most one d1 needs d9 = 10), which makes the map
/// index -> (d2..d8, d1 choice) a bijection onto a subset of the valid numbers.
/// </remarks>
internal sealed class Bsn
{
    /// <summary>How many distinct persons can receive a BSN.</summary>
    public const long Capacity = 9L * (10_000_000L - 1);

    private readonly Permutation _middle;

    public Bsn(ulong seed) => _middle = new Permutation(Mix.Key(seed, StreamId.Bsn), 10_000_000UL - 1);

    /// <summary>The valid BSN of the person with this dense index, as a 9-digit number.</summary>
    public int ForIndex(long index)
    {
        if ((ulong)index >= Capacity)
        {
            Core.Throw.Argument("Person index outside the BSN capacity.", nameof(index));
        }

        var middle = (int)_middle.Apply((ulong)(index / 9)) + 1; // d2..d8, never all zero
        var choice = (int)(index % 9);
        var rest = 0;
        var digits = middle;
        for (var weight = 2; weight <= 8; weight++)
        {
            rest += weight * (digits % 10);
            digits /= 10;
        }

        for (var d1 = 0; d1 <= 9; d1++)
        {
            var d9 = (9 * d1 + rest) % 11;
            if (d9 == 10)
            {
                continue;
            }

            if (choice-- == 0)
            {
                return (d1 * 10_000_000 + middle) * 10 + d9;
            }
        }

        return Core.Throw.InvalidOperation<int>("Unreachable: nine valid BSNs exist for every middle part.");
    }

    /// <summary>The 11-proof on a 9-digit text (8 digits get a leading zero).</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<char> digits = stackalloc char[9];
        if (text.Length == 8)
        {
            digits[0] = '0';
            text.CopyTo(digits[1..]);
        }
        else if (text.Length == 9)
        {
            text.CopyTo(digits);
        }
        else
        {
            return false;
        }

        var sum = 0;
        var allZero = true;
        for (var i = 0; i < 9; i++)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            allZero &= d == 0;
            sum += i < 8 ? (9 - i) * d : -d;
        }

        return !allZero && sum % 11 == 0;
    }

    public static string Format(int bsn) => bsn.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
}
