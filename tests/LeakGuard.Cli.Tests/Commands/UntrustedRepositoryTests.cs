using System.Diagnostics;
using System.IO;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

/// <summary>
/// A checkout another user owns (a container's mounted source, a CI workspace) is refused by git and libgit2 until it
/// is trusted: the error says so and gives git's remedy, which then works for the history scan and the staged check.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UntrustedRepositoryTests
{
    [RootFact]
    public void Repository_another_user_owns_is_named_with_gits_remedy_which_then_works()
    {
        using var folder = new TempFolder();
        GitCli.Run(folder.Path, "init", "-q", "repo");
        var repo = folder.Combine("repo");
        File.WriteAllText(Path.Combine(repo, "k.env"), $"OPENAI_API_KEY={Keys.Make("openai-api-key", 121)}\n");
        GitCli.Run(repo, "add", ".");
        GitCli.Run(repo, "commit", "-q", "-m", "key");
        Process.Start("chown", ["-R", "nobody", repo])!.WaitForExit();
        var home = folder.Combine("home");
        Directory.CreateDirectory(home);
        var refused = $"error: the repository at {repo} belongs to another user, and git will not read it until it is trusted: git config --global --add safe.directory '{repo}'\n";

        var history = LeakGuardProcess.RunWithHome(false, home, "git", repo);
        var staged = LeakGuardProcess.RunWithHome(false, home, "staged", repo);
        File.WriteAllText(Path.Combine(home, ".gitconfig"), $"[safe]\n\tdirectory = {repo}\n");
        var trustedHistory = LeakGuardProcess.RunWithHome(false, home, "git", repo);
        var trustedStaged = LeakGuardProcess.RunWithHome(false, home, "staged", repo);

        Assert.Equal((ExitCode.Error, refused), (history.Code, history.Error));
        Assert.Equal((ExitCode.Error, refused), (staged.Code, staged.Error));
        Assert.True(trustedHistory.Code == ExitCode.LeaksFound, trustedHistory.Error);
        Assert.True(trustedStaged.Code == ExitCode.Clean, trustedStaged.Error);
    }
}
