using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using LibGit2Sharp;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

/// <summary>
/// The history shapes a leak scanner must get right, each for keys of several providers: every finding once, at the
/// right path, line and column, attributed to the first commit that put the secret at that path.
/// </summary>
public sealed class GitHistoryScenarioTests
{
    public static TheoryData<string> Providers => new(Keys.Providers.Select(p => (string)p[0]));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Key_added_then_removed_later_is_reported_at_its_first_commit(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 1);
        repo.Write("readme", "README.txt", "hello\n");
        var added = repo.Write("add config", "app/config.txt", $"name = demo\nmode = test\ntoken = {key}\n");
        repo.Write("touch config", "app/config.txt", $"name = demo2\nmode = test\ntoken = {key}\n");
        repo.Write("remove key", "app/config.txt", "name = demo2\nmode = test\n");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal((rule, "app/config.txt", 3, 9, added.Sha), (finding.RuleId, finding.File, finding.StartLine, finding.StartColumn, finding.Commit));
        Assert.Equal(9 + key.Length, finding.EndColumn);
        Assert.False(finding.InHead);
        Assert.Equal(2, finding.CommitCount);
        Assert.Equal(Keys.Redacted(key), finding.Secret);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Key_only_on_an_unmerged_branch_is_found(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 2);
        repo.Write("init", "README.txt", "hello\n");
        var main = repo.DefaultBranch;
        repo.CreateBranch("feature");
        repo.Checkout("feature");
        var leak = repo.Write("wip", "src/settings.json", $"{{\n  \"key\": \"{key}\"\n}}\n");
        repo.Checkout(main);
        repo.Write("main moves on", "README.txt", "hello again\n");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal(("src/settings.json", 2, 11, leak.Sha, false, 1), (finding.File, finding.StartLine, finding.StartColumn, finding.Commit, finding.InHead, finding.CommitCount));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Key_only_reachable_from_a_tag_is_found(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 3);
        repo.Write("init", "README.txt", "hello\n");
        var main = repo.DefaultBranch;
        repo.CreateBranch("release-tmp");
        repo.Checkout("release-tmp");
        var tagged = repo.Write("release build", "deploy.env", $"API_KEY={key}\n");
        repo.Repo.ApplyTag("v1.0", new Signature(TestRepository.AuthorName, TestRepository.AuthorEmail, tagged.Author.When), "release");
        repo.Checkout(main);
        repo.Repo.Branches.Remove("release-tmp");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal(("deploy.env", 1, 9, tagged.Sha, false), (finding.File, finding.StartLine, finding.StartColumn, finding.Commit, finding.InHead));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Key_introduced_by_a_merge_resolution_is_attributed_to_the_merge(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 4);
        repo.Write("init", "service.cfg", "endpoint = a\n");
        var main = repo.DefaultBranch;
        repo.CreateBranch("feature");
        repo.Checkout("feature");
        var feature = repo.Write("feature endpoint", "service.cfg", "endpoint = b\n");
        repo.Checkout(main);
        repo.Write("main endpoint", "service.cfg", "endpoint = c\n");
        var merge = repo.Merge("merge feature", feature, ("service.cfg", Encoding.UTF8.GetBytes($"endpoint = d\nsecret = {key}\n")));

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal(("service.cfg", 2, 10, merge.Sha, true, 1), (finding.File, finding.StartLine, finding.StartColumn, finding.Commit, finding.InHead, finding.CommitCount));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Key_in_a_renamed_file_is_one_finding_per_path(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 5);
        var added = repo.Write("add", "old/name.txt", $"x\n{key}\n");
        var renamed = repo.Rename("rename", "old/name.txt", "new/name.txt");

        var findings = (await CliRun.Json("git", repo.Path)).Findings;

        Assert.Equal(2, findings.Length);
        Assert.Equal(("new/name.txt", 2, 1, renamed.Sha, true, 1), (findings[0].File, findings[0].StartLine, findings[0].StartColumn, findings[0].Commit, findings[0].InHead, findings[0].CommitCount));
        Assert.Equal(("old/name.txt", 2, 1, added.Sha, false, 1), (findings[1].File, findings[1].StartLine, findings[1].StartColumn, findings[1].Commit, findings[1].InHead, findings[1].CommitCount));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Key_in_a_file_deleted_later_is_found(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 6);
        repo.Write("init", "README.txt", "hello\n");
        var added = repo.Write("add secrets", "secrets.txt", $"{key}\n");
        repo.Write("more", "README.txt", "hello 2\n");
        repo.Delete("drop secrets", "secrets.txt");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal(("secrets.txt", 1, 1, added.Sha, false, 2), (finding.File, finding.StartLine, finding.StartColumn, finding.Commit, finding.InHead, finding.CommitCount));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Key_deep_in_a_large_text_file_is_found(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 7);
        var filler = string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet, consectetur adipiscing elit\n", 25_000));
        Assert.True(filler.Length > 1024 * 1024);
        var added = repo.Write("big", "data/big.txt", filler + $"  key: {key}\n");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal(("data/big.txt", 25_001, 8, added.Sha), (finding.File, finding.StartLine, finding.StartColumn, finding.Commit));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Key_in_a_crlf_file_has_the_right_line_and_column(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 8);
        var added = repo.Write("crlf", "win/app.ini", $"[a]\r\nb=1\r\n\tkey={key}\r\nc=2\r\n");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal(("win/app.ini", 3, 6, 6 + key.Length, added.Sha), (finding.File, finding.StartLine, finding.StartColumn, finding.EndColumn, finding.Commit));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Key_in_a_utf16_file_is_decoded_through_its_bom(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 9);
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes($"first line\r\nsecond: {key}\r\n")).ToArray();
        var added = repo.Commit("utf16", ("res/strings.txt", bytes));

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal(("res/strings.txt", 2, 9, added.Sha), (finding.File, finding.StartLine, finding.StartColumn, finding.Commit));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Key_in_a_path_with_spaces_and_non_ascii_characters_keeps_its_path(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 10);
        var path = "my configs/clé secrète ü.txt";
        var added = repo.Write("unicode path", path, $"k={key}\n");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal((path, 1, 3, added.Sha, true), (finding.File, finding.StartLine, finding.StartColumn, finding.Commit, finding.InHead));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Same_key_in_two_files_is_two_findings(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 11);
        var first = repo.Write("one", "a.txt", $"{key}\n");
        var second = repo.Write("two", "b/c.txt", $"\n\n{key}\n");

        var findings = (await CliRun.Json("git", repo.Path)).Findings;

        Assert.Equal(2, findings.Length);
        Assert.Equal(("a.txt", 1, first.Sha), (findings[0].File, findings[0].StartLine, findings[0].Commit));
        Assert.Equal(("b/c.txt", 3, second.Sha), (findings[1].File, findings[1].StartLine, findings[1].Commit));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Key_committed_and_reverted_in_the_next_commit_is_found_once(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 12);
        repo.Write("init", "app.cfg", "a=1\n");
        var leak = repo.Write("oops", "app.cfg", $"a=1\nk={key}\n");
        repo.Write("Revert \"oops\"", "app.cfg", "a=1\n");

        var finding = Assert.Single((await CliRun.Json("git", repo.Path)).Findings);

        Assert.Equal(("app.cfg", 2, 3, leak.Sha, false, 1), (finding.File, finding.StartLine, finding.StartColumn, finding.Commit, finding.InHead, finding.CommitCount));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Binary_files_and_lfs_pointers_are_not_scanned(string rule)
    {
        using var repo = new TestRepository();
        var key = Keys.Make(rule, 13);
        var binary = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x01 }.Concat(Encoding.ASCII.GetBytes(key)).ToArray();
        var pointer = Encoding.ASCII.GetBytes($"version https://git-lfs.github.com/spec/v1\noid sha256:{new string('a', 64)}\nsize 12345\nx-note {key}\n");
        repo.Commit("assets", ("img/logo.png", binary), ("model.bin", pointer));

        var (run, findings) = await CliRun.Json("git", repo.Path);

        Assert.Empty(findings);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("skipped 1 binary, 1 LFS pointer(s)", run.Error, System.StringComparison.Ordinal);
    }
}
