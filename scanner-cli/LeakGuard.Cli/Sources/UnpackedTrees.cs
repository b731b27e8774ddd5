using LeakGuard.Cli.Sources.Objects;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// The trees looked at last, unpacked: the folders of a commit's found paths share their upper trees (every path under
/// <c>src/</c> passes through the same <c>src</c> tree), which would otherwise be unpacked once for each of them.
/// Direct-mapped by tree number, so a lookup is one compare and nothing is ever evicted by hand.
/// </summary>
internal sealed class UnpackedTrees(HistoryObjects objects)
{
    private const int Slots = 1024;

    private readonly int[] numbers = new int[Slots];
    private readonly int[][] entries = new int[Slots][];

    public int[] Of(int tree)
    {
        var slot = tree & (Slots - 1);
        if (entries[slot] is not { } found || numbers[slot] != tree)
        {
            numbers[slot] = tree;
            entries[slot] = found = objects.Tree(tree);
        }

        return found;
    }
}
