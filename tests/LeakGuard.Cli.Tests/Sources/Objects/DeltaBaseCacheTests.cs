using System;
using System.Linq;
using LeakGuard.Cli.Sources.Objects;
using LeakGuard.Cli.Sources.Objects.Packs;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>The delta base cache: what it hands out stays intact until its dropped buffers are given back.</summary>
public sealed class DeltaBaseCacheTests
{
    [Fact]
    public void A_dropped_object_keeps_its_bytes_until_the_buffers_go_back()
    {
        var cache = new DeltaBaseCache();
        var buffer = cache.Rent(3000);
        buffer.AsSpan(0, 3000).Fill(7);
        cache.Add(100, ObjectType.Blob, buffer, 3000);
        Assert.True(cache.TryGet(100, out var held));

        cache.Remove(100);
        var other = cache.Rent(3000);
        other.AsSpan().Fill(9);

        Assert.NotSame(buffer, other);
        Assert.False(cache.TryGet(100, out _));
        Assert.Equal(3000, held.Content.Length);
        Assert.All(held.Content.ToArray(), b => Assert.Equal(7, b));

        cache.ReturnDropped();
        Assert.Same(buffer, cache.Rent(3000));
    }

    [Fact]
    public void The_oldest_objects_are_dropped_past_the_limit_and_a_second_add_is_refused()
    {
        var cache = new DeltaBaseCache();
        var offsets = Enumerable.Range(0, 100).Select(i => (long)i * 10).ToArray();
        foreach (var offset in offsets)
        {
            cache.Add(offset, ObjectType.Blob, cache.Rent(1 << 20), 1 << 20);
        }

        var kept = offsets.Where(o => cache.TryGet(o, out _)).ToArray();
        Assert.Equal(64, kept.Length);
        Assert.Equal(offsets[^64..], kept);

        var duplicate = cache.Rent(16);
        duplicate[0] = 1;
        cache.Add(offsets[^1], ObjectType.Tree, duplicate, 1);
        Assert.True(cache.TryGet(offsets[^1], out var first));
        Assert.Equal(ObjectType.Blob, first.Type);
    }

    [Fact]
    public void A_large_dropped_buffer_serves_the_next_version_a_few_bytes_longer_only_once_given_back()
    {
        var cache = new DeltaBaseCache();
        var large = cache.Rent(1_209_730);
        cache.Add(100, ObjectType.Blob, large, 1_209_730);

        cache.Remove(100);
        Assert.NotSame(large, cache.Rent(1_209_734));

        cache.ReturnDropped();
        Assert.Same(large, cache.Rent(1_209_734));
        Assert.NotSame(large, cache.Rent(1_209_734));
    }
}
