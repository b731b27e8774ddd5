using LeakGuard.Cli.Sources;
using LeakGuard.Cli.Sources.Objects;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

public sealed class BlobHeadersTests
{
    [Fact]
    public void Blobs_come_back_with_their_size_and_kind_and_others_are_not_found()
    {
        var ids = new ObjectTable();
        for (var i = 0; i < 10; i++)
        {
            ids.Intern(new GitId((ulong)i + 1, 0, 0));
        }

        var headers = new BlobHeaders(ids);
        headers.Set(3, 1_234, ContentKind.Text);
        headers.Set(0, 0, ContentKind.LfsPointer);
        headers.Set(50_000, 7, ContentKind.Binary);

        Assert.True(headers.TryGet(3, out var size, out var kind));
        Assert.Equal((1_234L, ContentKind.Text), (size, kind));
        Assert.True(headers.TryGet(0, out size, out kind));
        Assert.Equal((0L, ContentKind.LfsPointer), (size, kind));
        Assert.True(headers.TryGet(50_000, out size, out kind));
        Assert.Equal((7L, ContentKind.Binary), (size, kind));
        Assert.False(headers.TryGet(4, out _, out _));
        Assert.False(headers.TryGet(49_999, out _, out _));
        Assert.False(headers.TryGet(1_000_000, out _, out _));
    }

    [Fact]
    public void A_size_past_four_gigabytes_stays_past_any_scan_limit()
    {
        var headers = new BlobHeaders(new ObjectTable());
        headers.Set(1, 5L << 30, ContentKind.Binary);

        Assert.True(headers.TryGet(1, out var size, out _));
        Assert.Equal(uint.MaxValue, size);
    }
}
