using System;
using System.Linq;
using System.Security.Cryptography;
using LeakGuard.Cli.Sources.Objects;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>Object numbering: one number per id, whether the ids come one by one or as a whole pack index at once.</summary>
public sealed class ObjectTableTests
{
    [Fact]
    public void A_pack_numbered_at_once_gives_each_id_its_number_and_interning_finds_them_again()
    {
        var ascending = Ascending(Ids(50_000));
        var numbers = Permutation(ascending.Length);
        var table = new ObjectTable();

        Assert.True(table.TryNumberAscending(ascending, numbers));

        Assert.Equal(ascending.Length, table.Count);
        for (var i = 0; i < ascending.Length; i++)
        {
            Assert.Equal(ascending[i], table[numbers[i]]);
            Assert.Equal(numbers[i], table.Intern(ascending[i]));
        }

        var fresh = Ids(10).Except(ascending).ToArray();
        Assert.Equal(Enumerable.Range(ascending.Length, fresh.Length), fresh.Select(table.Intern));
        Assert.Equal(ascending.Length + fresh.Length, table.Count);
    }

    [Fact]
    public void Ids_out_of_order_or_a_table_in_use_are_refused_and_left_as_they_were()
    {
        var ascending = Ascending(Ids(100));
        var unordered = ascending.Reverse().ToArray();
        var repeated = Ascending([.. ascending.Take(50), .. ascending.Take(50)]);
        var table = new ObjectTable();

        Assert.False(table.TryNumberAscending(unordered, Permutation(unordered.Length)));
        Assert.False(table.TryNumberAscending(repeated, Permutation(repeated.Length)));
        Assert.Equal(0, table.Count);

        table.Intern(ascending[0]);
        Assert.False(table.TryNumberAscending(ascending, Permutation(ascending.Length)));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Interning_one_by_one_through_growth_keeps_every_number()
    {
        var ids = Ids(20_000);
        var table = new ObjectTable();

        Assert.Equal(Enumerable.Range(0, ids.Length), ids.Select(table.Intern));
        Assert.Equal(Enumerable.Range(0, ids.Length), ids.Select(table.Intern));
        Assert.Equal(ids, Enumerable.Range(0, ids.Length).Select(n => table[n]));
    }

    private static GitId[] Ids(int count) =>
        Enumerable.Range(0, count).Select(i => GitId.FromBytes(SHA256.HashData(BitConverter.GetBytes(i)).AsSpan(0, GitId.ByteLength))).ToArray();

    private static GitId[] Ascending(GitId[] ids) => ids.OrderBy(id => (id.High, id.Middle, id.Low)).ToArray();

    /// <summary>0 to count - 1 in a scrambled but fixed order, as the places of a pack's objects in pack order are.</summary>
    private static int[] Permutation(int count) =>
        Enumerable.Range(0, count).OrderBy(i => (i * 7919L) % count).ThenBy(i => i).ToArray();
}
