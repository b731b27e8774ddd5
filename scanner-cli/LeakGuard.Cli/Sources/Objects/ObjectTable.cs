using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Gives every object id a dense number, so trees, origins and counts hold 4-byte ints instead of ids. An open
/// addressing table over the ids themselves: a history of a million objects costs about 30 bytes an object, half of
/// what a dictionary and a list would, and sized up front from the pack indexes it does not grow by doubling. An id's
/// slot is its leading bits (ids are hashes already), so ids in ascending order fill the slots in ascending order.
/// </summary>
internal sealed class ObjectTable
{
    private GitId[] ids = new GitId[1024];
    private int[] slots = new int[4096];
    private int slotShift = 64 - 12;
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
        for (var at = SlotOf(id); ; at = (at + 1) & mask)
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

    /// <summary>
    /// Numbers the ids of a whole pack at once while the table is still empty: <paramref name="ascending"/> as its
    /// index lists them, each with its number (its place in pack order) in <paramref name="numbers"/>. The slots then
    /// fill in one sweep instead of missing the cache on every id. Changes nothing and returns false unless the ids
    /// are strictly ascending (a damaged index; the caller then interns them one by one).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryNumberAscending(ReadOnlySpan<GitId> ascending, ReadOnlySpan<int> numbers)
    {
        if (count != 0 || numbers.Length != ascending.Length || !IsStrictlyAscending(ascending))
        {
            return false;
        }

        EnsureCapacity(ascending.Length);
        var mask = slots.Length - 1;
        for (var i = 0; i < ascending.Length; i++)
        {
            var at = SlotOf(ascending[i]);
            while (slots[at] != 0)
            {
                at = (at + 1) & mask;
            }

            ids[numbers[i]] = ascending[i];
            slots[at] = numbers[i] + 1;
        }

        count = ascending.Length;
        return true;
    }

    private static bool IsStrictlyAscending(ReadOnlySpan<GitId> ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if ((ids[i - 1].High, ids[i - 1].Middle, ids[i - 1].Low).CompareTo((ids[i].High, ids[i].Middle, ids[i].Low)) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private int SlotOf(GitId id) => (int)(id.High >> slotShift);

    /// <summary>Slots hold number + 1, so that 0 means empty.</summary>
    private void Rehash(int size)
    {
        slots = new int[size];
        slotShift = 64 - BitOperations.Log2((uint)size);
        var mask = size - 1;
        for (var number = 0; number < count; number++)
        {
            var at = SlotOf(ids[number]);
            while (slots[at] != 0)
            {
                at = (at + 1) & mask;
            }

            slots[at] = number + 1;
        }
    }
}
