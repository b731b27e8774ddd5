using System.IO;
using System.Runtime.Versioning;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Hostile;

/// <summary>A report file says where the secrets are: only its owner may read it, whatever the umask or an older file allowed.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class ReportFilePermissionTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [UnixFact]
    public async Task A_new_report_file_is_created_0600()
    {
        using var repo = new TestRepository();
        repo.Write("leak", "k.txt", Keys.Make("openai-api-key", 71) + "\n");
        using var output = new TempFolder();
        var file = output.Combine("report.sarif");

        var run = await CliRun.Of("git", repo.Path, "--format", "sarif", "--output", file);

        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(file));
    }

    [UnixFact]
    public async Task An_existing_world_readable_report_is_narrowed_to_0600()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("k.txt"), Keys.Make("github-pat", 72) + "\n");
        var file = folder.Combine("report.json");
        File.WriteAllText(file, "old report");
        File.SetUnixFileMode(file, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var run = await CliRun.Of("dir", folder.Path, "--format", "json", "--output", file);

        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(file));
        Assert.DoesNotContain("old report", File.ReadAllText(file), System.StringComparison.Ordinal);
    }
}
