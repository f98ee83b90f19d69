using System.Runtime.CompilerServices;

namespace Registry.Etl.Ingest.Standardising;

/// <summary>
/// The standardised value of a string field that passed its checks, remembered by the instance the reader gave:
/// the reader pools repeated values (one instance per value of a column), so a hospital code, a care type or a
/// diagnosis seen before skips its map, code list, pattern and file-name checks, which depend on the text
/// alone. A small direct-mapped table, not a dictionary; it switches itself off for a column whose values
/// rarely repeat (identifiers), where it could only cost. One per reading thread and column.
/// </summary>
internal sealed class AcceptedStrings
{
    private const int Slots = 1024;
    private const int Trial = 4096;

    private readonly string?[] _raw = new string?[Slots];
    private readonly string?[] _standardised = new string?[Slots];
    private int _lookups;
    private int _hits;
    private bool _off;

    /// <summary>Whether <paramref name="raw"/> (this very instance) passed before; <paramref name="standardised"/> null when it maps to null.</summary>
    public bool TryGet(string raw, out string? standardised)
    {
        standardised = null;
        if (_off)
        {
            return false;
        }

        var slot = RuntimeHelpers.GetHashCode(raw) & (Slots - 1);
        if (ReferenceEquals(_raw[slot], raw))
        {
            _hits++;
            standardised = _standardised[slot];
            return true;
        }

        if (++_lookups == Trial && _hits < Trial / 4)
        {
            _off = true;
        }

        return false;
    }

    /// <summary>Remembers that <paramref name="raw"/> passed every check and stands for <paramref name="standardised"/>.</summary>
    public void Keep(string raw, string? standardised)
    {
        if (_off)
        {
            return;
        }

        var slot = RuntimeHelpers.GetHashCode(raw) & (Slots - 1);
        _raw[slot] = raw;
        _standardised[slot] = standardised;
    }
}
