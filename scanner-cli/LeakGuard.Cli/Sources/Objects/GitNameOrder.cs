using System;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// The order git keeps tree entries in: bytewise by name, where a subtree's name compares as if it ended in '/'. Two
/// entries compare equal only when they have the same name and both are, or both are not, subtrees.
/// </summary>
internal static class GitNameOrder
{
    public static int Compare(ReadOnlySpan<byte> left, bool leftIsTree, ReadOnlySpan<byte> right, bool rightIsTree)
    {
        var common = Math.Min(left.Length, right.Length);
        var prefix = left[..common].SequenceCompareTo(right[..common]);
        if (prefix != 0)
        {
            return prefix;
        }

        var leftNext = left.Length > common ? left[common] : leftIsTree ? (byte)'/' : (byte)0;
        var rightNext = right.Length > common ? right[common] : rightIsTree ? (byte)'/' : (byte)0;
        return leftNext.CompareTo(rightNext);
    }
}
