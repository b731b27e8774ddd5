using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeakGuard.Cli.Sources.Objects;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>
/// Trees stored whole or as edits of their bases, in shared chunks, come back exactly, whatever their size, entry
/// numbers and chains. Unpacking is checked on a thread of its own too: a thread keeps the trees it stored and unpacked
/// last, and only a thread that has none decodes every link of a chain.
/// </summary>
public sealed class PackedTreesTests
{
    [Fact]
    public void Trees_come_back_as_stored()
    {
        var trees = new PackedTrees();
        int[][] stored = [[], [0], [5, 6, 7, 8], [900_000, 3, 900_001, 2, int.MaxValue, 0], [7, 7, 7]];
        for (var i = 0; i < stored.Length; i++)
        {
            trees.Add(i * 3, stored[i]);
        }

        for (var i = 0; i < stored.Length; i++)
        {
            Assert.True(trees.Contains(i * 3));
            Assert.Equal(stored[i], trees.Unpack(i * 3));
        }

        Assert.False(trees.Contains(1));
        Assert.False(trees.Contains(10_000));
    }

    [Fact]
    public void Trees_spread_over_many_chunks_and_one_larger_than_a_chunk_come_back()
    {
        var random = new Random(20261129);
        var trees = new PackedTrees();
        var stored = Enumerable.Range(0, 3_000)
            .Select(i => Enumerable.Range(0, random.Next(0, 400)).Select(_ => random.Next()).ToArray())
            .ToList();
        stored.Insert(1_500, Enumerable.Range(0, 400_000).Select(_ => random.Next()).ToArray());
        for (var i = 0; i < stored.Count; i++)
        {
            trees.Add(stored.Count - i, stored[i]);
        }

        for (var i = 0; i < stored.Count; i++)
        {
            Assert.Equal(stored[i], trees.Unpack(stored.Count - i));
        }
    }

    [Fact]
    public void Edits_of_every_kind_come_back_through_chains_longer_than_the_depth_kept()
    {
        var trees = new PackedTrees();
        var versions = new List<int[]> { Enumerable.Range(100, 40).ToArray() };
        trees.Add(0, versions[0]);
        Func<int[], int, int[]>[] edits =
        [
            (tree, n) => tree.Select((e, i) => i == tree.Length / 2 ? 10_000 + n : e).ToArray(),
            (tree, n) => [.. tree.Take(3), 20_000 + n, .. tree.Skip(3)],
            (tree, _) => [.. tree.Take(5), .. tree.Skip(6)],
            (tree, _) => [.. tree.Take(2), .. tree.Skip(14)],
            (tree, n) => [.. tree, 30_000 + n, 30_001 + n],
            (tree, _) => [.. tree.Reverse()],
            (tree, n) => [.. tree.Skip(1), tree[0], 40_000 + n],
        ];
        for (var n = 1; n <= 5 * PackedTrees.MaxDepth; n++)
        {
            var next = edits[n % edits.Length](versions[^1], n);
            trees.Add(n, next, n - 1, versions[^1]);
            versions.Add(next);
        }

        AssertComeBack(trees, versions);
    }

    [Fact]
    public void Random_edits_of_random_bases_come_back()
    {
        var random = new Random(20261130);
        var trees = new PackedTrees();
        var versions = new List<int[]>();
        for (var n = 0; n < 2_000; n++)
        {
            if (n == 0 || random.Next(10) == 0)
            {
                versions.Add(Enumerable.Range(0, random.Next(0, 60)).Select(_ => random.Next(0, 5_000)).ToArray());
                trees.Add(n, versions[^1]);
                continue;
            }

            var source = random.Next(Math.Max(0, n - 20), n);
            var edited = versions[source].ToList();
            for (var edit = random.Next(0, 4); edit > 0; edit--)
            {
                var at = random.Next(0, edited.Count + 1);
                switch (random.Next(3))
                {
                    case 0:
                        edited.Insert(at, random.Next(0, 5_000));
                        break;
                    case 1 when at < edited.Count:
                        edited.RemoveAt(at);
                        break;
                    default:
                        if (at < edited.Count)
                        {
                            edited[at] = random.Next(0, 5_000);
                        }

                        break;
                }
            }

            versions.Add([.. edited]);
            trees.Add(n, edited, source, versions[source]);
        }

        AssertComeBack(trees, versions);
    }

    [Fact]
    public void A_tree_stored_again_by_a_second_pack_keeps_its_first_form_so_no_chain_loops()
    {
        var trees = new PackedTrees();
        int[] first = [1, 2, 3, 4];
        int[] second = [1, 2, 9, 4];
        trees.Add(7, first);
        trees.Add(8, second, 7, first);
        trees.Add(7, first, 8, second);

        AssertComeBack(trees, new Dictionary<int, int[]> { [7] = first, [8] = second });
    }

    [Fact]
    public void A_tree_built_on_one_not_stored_is_kept_whole()
    {
        var trees = new PackedTrees();
        int[] entries = [4, 5, 6];
        trees.Add(3, entries, 99, [4, 5]);

        Assert.False(trees.Contains(99));
        AssertComeBack(trees, new Dictionary<int, int[]> { [3] = entries });
    }

    [Fact]
    public void Two_stores_on_one_thread_do_not_share_what_the_thread_keeps()
    {
        var one = new PackedTrees();
        var other = new PackedTrees();
        one.Add(5, [1, 2, 3]);
        other.Add(5, [7, 8]);

        Assert.Equal([1, 2, 3], one.Unpack(5));
        Assert.Equal([7, 8], other.Unpack(5));
        Assert.Equal([1, 2, 3], one.Unpack(5));
    }

    private static void AssertComeBack(PackedTrees trees, IReadOnlyList<int[]> versions) =>
        AssertComeBack(trees, versions.Select((entries, tree) => (tree, entries)).ToDictionary(pair => pair.tree, pair => pair.entries));

    /// <summary>On this thread, then, newest first and oldest first, on fresh threads that keep nothing yet.</summary>
    private static void AssertComeBack(PackedTrees trees, IReadOnlyDictionary<int, int[]> expected)
    {
        foreach (var (tree, entries) in expected)
        {
            Assert.Equal(entries, trees.Unpack(tree));
        }

        foreach (var order in new[] { expected.Keys.OrderByDescending(t => t), expected.Keys.Order() })
        {
            var unpacked = new Dictionary<int, int[]>();
            var thread = new Thread(() =>
            {
                foreach (var tree in order)
                {
                    unpacked[tree] = trees.Unpack(tree);
                }
            });
            thread.Start();
            thread.Join();
            foreach (var (tree, entries) in expected)
            {
                Assert.Equal(entries, unpacked[tree]);
            }
        }
    }
}
