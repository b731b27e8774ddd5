using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Gives every object id a dense number, so trees, origins and counts hold 4-byte ints instead of ids. An open
/// addressing table over the ids themselves: a history of a million objects costs about 30 bytes an object, half of
/// what a dictionary and a list would, and sized up front from the pack indexes it does not grow by doubling.
/// </summary>
internal sealed class ObjectTable
{
    private GitId[] ids = new GitId[1024];
    private int[] slots = new int[4096];
    private int count;

    public int Count => count;

    public GitId this[int number] => number < count ? ids[number] : throw new ArgumentOutOfRangeException(nameof(number));

    /// <summary>Makes room for <paramref name="total"/> objects at once, when a pack says how many it holds.</summary>
    public void EnsureCapacity(int total)
    {
        if (total > ids.Length)
        {
            Array.Resize(ref ids, total);
        }

        if (total * 2L >= slots.Length)
        {
            Rehash((int)Math.Min(1 << 30, BitOperations.RoundUpToPowerOf2(((uint)total * 2) + 1)));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Intern(GitId id)
    {
        if (count * 2 >= slots.Length)
        {
            Rehash(slots.Length * 2);
        }

        var mask = slots.Length - 1;
        for (var at = id.GetHashCode() & mask; ; at = (at + 1) & mask)
        {
            var slot = slots[at];
            if (slot == 0)
            {
                if (count == ids.Length)
                {
                    Array.Resize(ref ids, count + Math.Max(count / 2, 1024));
                }

                ids[count] = id;
                slots[at] = ++count;
                return count - 1;
            }

            if (ids[slot - 1] == id)
            {
                return slot - 1;
            }
        }
    }

    /// <summary>Slots hold number + 1, so that 0 means empty.</summary>
    private void Rehash(int size)
    {
        slots = new int[size];
        var mask = size - 1;
        for (var number = 0; number < count; number++)
        {
            var at = ids[number].GetHashCode() & mask;
            while (slots[at] != 0)
            {
                at = (at + 1) & mask;
            }

            slots[at] = number + 1;
        }
    }
}
