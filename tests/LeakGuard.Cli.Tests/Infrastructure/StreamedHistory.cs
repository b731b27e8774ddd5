using System.Linq;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Progress;
using LeakGuard.Cli.Sources;
using LeakGuard.Cli.Sources.Objects;
using LibGit2Sharp;
using Xunit;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>A test repository's objects read the way a full history scan reads them, and the walk of all its refs.</summary>
internal static class StreamedHistory
{
    public static StreamedObjects Load(TestRepository repo)
    {
        var objects = StreamedObjects.TryLoad(GitDir(repo), shallow: false, partial: null, new FragmentScanner(includeGeneric: false), 1 << 20, new ScanProgress(), _ => { });
        Assert.NotNull(objects);
        return objects;
    }

    public static int[] Walk(TestRepository repo, StreamedObjects objects)
    {
        using var repository = new Repository(GitDir(repo));
        return objects.Walk(GitTips.Resolve(repository, [], null)).ToArray();
    }

    private static string GitDir(TestRepository repo) => GitCli.Output(repo.Path, "rev-parse", "--absolute-git-dir");
}
