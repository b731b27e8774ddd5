using System;
using System.Globalization;
using System.Linq;
using System.Text;
using LeakGuard.Cli.Sources;
using LeakGuard.Cli.Tests.Infrastructure;
using LibGit2Sharp;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

/// <summary>A narrowed scan streams the whole store only when it covers more than a thousand commits and more than one per 150 objects.</summary>
public sealed class NarrowedScanCostTests
{
    [Fact]
    public void In_a_small_history_only_a_range_or_date_past_a_thousand_commits_streams()
    {
        using var folder = new TempFolder();
        GitCli.Run(folder.Path, "init", "-q");
        GitCli.Input(folder.Path, History(1_200), "fast-import", "--quiet");
        var gitDir = GitCli.Output(folder.Path, "rev-parse", "--absolute-git-dir");
        using var repository = new Repository(gitDir);
        var tip = repository.Branches["main"].Tip;

        Assert.True(Streams(repository, gitDir, tip, "main~1100"));
        Assert.False(Streams(repository, gitDir, tip, "main~900"));
        Assert.True(NarrowedScanCost.StreamIsCheaper(repository, gitDir, new GitTips([tip.Id], []), DateTimeOffset.UnixEpoch));
        Assert.False(NarrowedScanCost.StreamIsCheaper(repository, gitDir, new GitTips([tip.Id], []), DateTimeOffset.FromUnixTimeSeconds(Start + (300 * 3600))));
    }

    private const long Start = 1_700_000_000;

    private static bool Streams(Repository repository, string gitDir, Commit tip, string excluded) =>
        NarrowedScanCost.StreamIsCheaper(repository, gitDir, new GitTips([tip.Id], [repository.Lookup<Commit>(excluded)]), since: null);

    /// <summary>A fast-import stream of <paramref name="commits"/> commits an hour apart, each rewriting one small file.</summary>
    private static string History(int commits)
    {
        var stream = new StringBuilder();
        for (var i = 0; i < commits; i++)
        {
            var content = $"revision {i}\n";
            stream.Append(CultureInfo.InvariantCulture, $"commit refs/heads/main\ncommitter Ada <ada@example.test> {Start + (i * 3600)} +0000\ndata 2\nc{i % 10}\n");
            stream.Append(CultureInfo.InvariantCulture, $"M 100644 inline notes.txt\ndata {Encoding.UTF8.GetByteCount(content)}\n{content}\n");
        }

        return stream.ToString();
    }
}
