using System.Runtime.CompilerServices;

namespace Registry.Etl.Linkage.Data;

/// <summary>
/// The id last found for a string instance, by reference, in a small direct-mapped table. Rows read from
/// Parquet share one instance per repeated value (dictionary pages, the reader's and the pools' sharing), so a
/// value seen before is usually found without hashing its text (64-character pseudonyms). A table of fixed size,
/// not a dictionary of every instance: a column of mostly unique values (a pseudonym column of a national
/// register) then costs one missed probe per row instead of a growing dictionary that is thrown away per chunk.
/// </summary>
internal sealed class InstanceIds
{
    private const int Bits = 14;
    private readonly string?[] _instances = new string?[1 << Bits];
    private readonly int[] _ids = new int[1 << Bits];

    public bool TryGet(string instance, out int id)
    {
        var slot = Slot(instance);
        if (ReferenceEquals(_instances[slot], instance))
        {
            id = _ids[slot];
            return true;
        }

        id = 0;
        return false;
    }

    public void Set(string instance, int id)
    {
        var slot = Slot(instance);
        _instances[slot] = instance;
        _ids[slot] = id;
    }

    private static int Slot(string instance) => RuntimeHelpers.GetHashCode(instance) & ((1 << Bits) - 1);
}
