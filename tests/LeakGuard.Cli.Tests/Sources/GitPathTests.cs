using System.Diagnostics;
using System.Text;
using LeakGuard.Cli.Sources;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources;

/// <summary>
/// Old repositories hold file names that are not UTF-8 (Latin-1 from CVS or SVN days). A secret in such a file is
/// reported at the name as git quotes it, <c>caf\351.env</c>, and the name still finds the file: HEAD holds it, and
/// every commit that does is counted. Two such names never share one text.
/// </summary>
public sealed class GitPathTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Secret_in_a_latin1_named_file_is_placed_in_head_and_counted(bool streamObjects)
    {
        using var repo = new TestRepository();
        var key = TestKeys.OpenAi(92);
        CommitLatin1File(repo.Path, $"OPENAI_API_KEY={key}\n");
        repo.Write("unrelated", "README.md", "service\n");

        var finding = Assert.Single(HistoryScan.Run(repo.Path, streamObjects).Findings);

        Assert.Equal(("caf\\351.env", key), (finding.Path, finding.Secret));
        Assert.Equal((true, 2), (finding.Origin!.InHead, finding.Origin.CommitCount));
    }

    [Theory]
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0xE9 }, "caf\\351")]
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0xE8 }, "caf\\350")]
    [InlineData(new byte[] { 0xC3, 0xA9, 0xFF, 0x2E, 0x74 }, "é\\377.t")]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x94, 0x91, 0x80 }, "🔑\\200")]
    [InlineData(new byte[] { 0x61, 0x5C, 0x62 }, "a\\b")]
    public void Names_that_are_not_utf8_are_written_as_git_quotes_them_and_read_back(byte[] name, string text)
    {
        Assert.Equal(text, GitPath.Decode(name));
        Assert.Equal(name, GitPath.Encode(text));
    }

    /// <summary>.NET cannot create a file whose name is not UTF-8, so git's index is given the name by the shell.</summary>
    private static void CommitLatin1File(string repository, string content)
    {
        var blob = GitCli.Input(repository, content, "hash-object", "-w", "--stdin");
        var start = new ProcessStartInfo("sh")
        {
            ArgumentList = { "-c", "git update-index --add --cacheinfo \"100644,$1,$(printf 'caf\\351.env')\"", "sh", blob },
            WorkingDirectory = repository,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        using (var process = Process.Start(start)!)
        {
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);
        }

        GitCli.Run(repository, "commit", "-q", "-m", "add the settings");
    }
}
