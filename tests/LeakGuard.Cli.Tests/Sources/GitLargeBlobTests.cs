using System;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

public sealed class GitLargeBlobTests
{
    [Fact]
    public async Task Blobs_over_the_size_cap_are_skipped_by_their_header_and_counted()
    {
        using var repo = new TestRepository();
        repo.Write("huge", "data/huge.txt", new string('a', 2 * 1024 * 1024) + Keys.Make("openai-api-key", 4) + "\n");
        repo.Write("small", "small.txt", $"KEY={Keys.Make("openai-api-key", 5)}\n");

        var run = await CliRun.Of("git", repo.Path, "--max-file-size", "1");

        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
        Assert.Contains("small.txt", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("huge.txt", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 blob(s) over 1 MB not scanned", run.Out, StringComparison.Ordinal);
    }
}
