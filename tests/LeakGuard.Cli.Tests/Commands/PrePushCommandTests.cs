using System;
using System.IO;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

/// <summary>The pre-push hook scans only the commits a push sends, through a real <c>git push</c> to a bare remote.</summary>
public sealed class PrePushCommandTests
{
    [Fact]
    public async Task Push_of_a_new_commit_with_a_key_is_blocked_and_no_verify_passes()
    {
        using var setup = await Pushing();
        Commit(setup.Repo, "k.txt", Keys.Make("openai-api-key", 31) + "\n");

        var (blocked, _, error) = GitProcess.Run(setup.Repo.Path, "push", "-q", "origin", "HEAD");
        var (bypassed, _, _) = GitProcess.Run(setup.Repo.Path, "push", "-q", "--no-verify", "origin", "HEAD");

        Assert.Equal(1, blocked);
        Assert.Contains("git push --no-verify", error, StringComparison.Ordinal);
        Assert.Equal(0, bypassed);
    }

    [Fact]
    public async Task Key_already_on_the_remote_does_not_block_a_clean_push()
    {
        using var setup = await Pushing(Keys.Make("github-pat", 32));
        Commit(setup.Repo, "clean.txt", "nothing secret\n");

        Assert.Equal(0, GitProcess.Run(setup.Repo.Path, "push", "-q", "origin", "HEAD").Code);
    }

    [Fact]
    public async Task New_branch_is_checked_against_what_the_remote_already_has()
    {
        using var setup = await Pushing(Keys.Make("github-pat", 33));
        GitProcess.Succeed(setup.Repo.Path, "checkout", "-q", "-b", "feature");
        Commit(setup.Repo, "clean.txt", "nothing secret\n");
        var clean = GitProcess.Run(setup.Repo.Path, "push", "-q", "origin", "feature").Code;
        Commit(setup.Repo, "k.txt", Keys.Make("openai-api-key", 34) + "\n");
        GitProcess.Succeed(setup.Repo.Path, "checkout", "-q", "-b", "feature2");

        Assert.Equal(0, clean);
        Assert.Equal(1, GitProcess.Run(setup.Repo.Path, "push", "-q", "origin", "feature2").Code);
    }

    [Fact]
    public async Task Reads_the_pushed_ranges_from_standard_input()
    {
        using var repo = new TestRepository();
        var old = repo.Write("old", "old.txt", Keys.Make("github-pat", 35) + "\n");
        var pushed = repo.Write("new", "new.txt", Keys.Make("openai-api-key", 36) + "\n");
        using var input = new StringReader($"refs/heads/main {pushed.Sha} refs/heads/main {old.Sha}\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await Cli.RunAsync(["pre-push", repo.Path, "--format", "json"], new CliConsole(output, error, false, false), input);

        Assert.Equal(ExitCode.LeaksFound, code);
        Assert.Contains("\"file\": \"new.txt\"", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("old.txt", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task<PushSetup> Pushing(string? keyAlreadyOnRemote = null)
    {
        var setup = new PushSetup();
        setup.Repo.Write("init", "README.txt", (keyAlreadyOnRemote ?? "hello") + "\n");
        GitProcess.Succeed(setup.Remote.Path, "init", "-q", "--bare", "remote.git");
        GitProcess.Succeed(setup.Repo.Path, "remote", "add", "origin", Path.Combine(setup.Remote.Path, "remote.git"));
        GitProcess.Succeed(setup.Repo.Path, "push", "-q", "origin", "HEAD");
        GitProcess.Succeed(setup.Repo.Path, "fetch", "-q", "origin");
        var install = await CliRun.Of("hook", "install", setup.Repo.Path, "--pre-push", "--command", GitProcess.LeakGuardCommand);
        Assert.Equal(ExitCode.Clean, install.ExitCode);
        return setup;
    }

    private static void Commit(TestRepository repo, string path, string content)
    {
        File.WriteAllText(Path.Combine(repo.Path, path), content);
        GitProcess.Succeed(repo.Path, "add", path);
        GitProcess.Succeed(repo.Path, "commit", "-q", "-m", "add " + path);
    }

    private sealed class PushSetup : IDisposable
    {
        public TestRepository Repo { get; } = new();

        public TempFolder Remote { get; } = new();

        public void Dispose()
        {
            Repo.Dispose();
            Remote.Dispose();
        }
    }
}
