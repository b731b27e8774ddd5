using System;
using System.Linq;
using LeakGuard.Cli.Sources.Objects;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>Trees stored as delta codes in shared chunks come back exactly, whatever their size and entry numbers.</summary>
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
}
