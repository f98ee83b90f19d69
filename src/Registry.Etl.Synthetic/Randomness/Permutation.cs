namespace Registry.Etl.Synthetic.Randomness;

/// <summary>
/// A keyed bijection of [0, n): a balanced Feistel network on the smallest even number of bits that
/// covers n, with cycle walking for values outside the domain (Black and Rogaway, "Ciphers with
/// arbitrary finite domains", CT-RSA 2002). Turns sequential numbers into unique, random-looking ids.
/// </summary>
internal sealed class Permutation
{
    private const int Rounds = 4;
    private readonly ulong _n;
    private readonly int _halfBits;
    private readonly ulong _halfMask;
    private readonly ulong[] _roundKeys = new ulong[Rounds];

    public Permutation(ulong key, ulong n)
    {
        if (n < 2)
        {
            Core.Throw.Argument("A permutation needs a domain of at least 2.", nameof(n));
        }

        _n = n;
        var bits = 64 - (int)ulong.LeadingZeroCount(n - 1);
        if (bits % 2 == 1)
        {
            bits++;
        }

        _halfBits = Math.Max(1, bits / 2);
        _halfMask = (1UL << _halfBits) - 1;
        for (var i = 0; i < Rounds; i++)
        {
            _roundKeys[i] = Mix.Combine(key, (ulong)i + 1);
        }
    }

    public ulong Domain => _n;

    public ulong Apply(ulong x)
    {
        if (x >= _n)
        {
            Core.Throw.Argument("Value outside the permutation's domain.", nameof(x));
        }

        do
        {
            x = Encrypt(x);
        }
        while (x >= _n);
        return x;
    }

    private ulong Encrypt(ulong x)
    {
        var left = x >> _halfBits;
        var right = x & _halfMask;
        for (var i = 0; i < Rounds; i++)
        {
            var next = left ^ (Mix.Combine(_roundKeys[i], right) & _halfMask);
            left = right;
            right = next;
        }

        return (left << _halfBits) | right;
    }
}
