using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.Versioning;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Hostile;

/// <summary><c>dir</c> mode on folders with things in them that are not plain readable files.</summary>
[Trait("Category", "Hostile")]
[UnsupportedOSPlatform("windows")]
public sealed class HostileFolderTests
{
    [UnixFact]
    public async Task Symlinks_are_never_followed_out_of_the_tree()
    {
        using var outside = new TempFolder();
        File.WriteAllText(outside.Combine("secret.env"), "KEY=" + Keys.Make("openai-api-key", 101) + "\n");
        using var folder = new TempFolder();
        var inside = Keys.Make("github-pat", 102);
        File.WriteAllText(folder.Combine("inside.txt"), inside + "\n");
        File.CreateSymbolicLink(folder.Combine("file-link.env"), outside.Combine("secret.env"));
        Directory.CreateSymbolicLink(folder.Combine("dir-link"), outside.Path);
        Directory.CreateSymbolicLink(folder.Combine("loop"), folder.Path);

        var finding = Assert.Single((await CliRun.Json("dir", folder.Path)).Findings);
        var text = await CliRun.Of("dir", folder.Path);

        Assert.Equal("inside.txt", finding.File);
        Assert.Contains("3 symbolic link(s) not followed", text.Out + text.Error, StringComparison.Ordinal);
    }

    [UnixFact]
    public async Task Fifo_is_never_opened()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("k.txt"), Keys.Make("openai-api-key", 103) + "\n");
        Process.Start("mkfifo", folder.Combine("pipe"))!.WaitForExit();
        Assert.True(File.Exists(folder.Combine("pipe")));

        var run = await CliRun.Of("dir", folder.Path).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(ExitCode.LeaksFound, run.ExitCode);
    }

    /// <summary>Linux allows any bytes in a name; .NET cannot open one that is not UTF-8, so the scan says it could not read it.</summary>
    [UnixFact]
    public async Task File_whose_name_is_not_utf8_is_counted_as_unreadable_not_as_a_link()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("plain.txt"), "nothing here\n");
        var start = new ProcessStartInfo("sh") { ArgumentList = { "-c", "printf 'k=%s\\n' \"$1\" > \"$(printf 'caf\\351.txt')\"", "sh", Keys.Make("openai-api-key", 108) }, WorkingDirectory = folder.Path };
        Process.Start(start)!.WaitForExit();
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);

        var run = await CliRun.Of("dir", folder.Path);
        Process.Start(new ProcessStartInfo("sh") { ArgumentList = { "-c", "rm -f caf*.txt" }, WorkingDirectory = folder.Path })!.WaitForExit();

        Assert.Equal(ExitCode.Clean, run.ExitCode);
        Assert.Contains("note: 1 file(s) could not be read (permission denied, a name that is not valid UTF-8, or removed during the scan)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("symbolic link", run.Out, StringComparison.Ordinal);
        Assert.Contains("(1 file(s), 0.0 MB scanned", run.Out, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Permission_denied_file_is_skipped_and_counted()
    {
        var asNobody = Environment.UserName == "root";
        using var folder = asNobody ? LeakGuardProcess.SharedFolder() : new TempFolder();
        File.WriteAllText(folder.Combine("readable.txt"), Keys.Make("openai-api-key", 104) + "\n");
        File.WriteAllText(folder.Combine("locked.txt"), Keys.Make("github-pat", 105) + "\n");
        File.SetUnixFileMode(folder.Combine("locked.txt"), UnixFileMode.None);

        // root reads a mode-000 file regardless, so the scan runs as an unprivileged user when the tests run as root.
        var (code, output, error) = LeakGuardProcess.Run(asNobody, "dir", folder.Path, "--format", "json");

        Assert.True(code == ExitCode.LeaksFound, error);
        Assert.Contains("readable.txt", output, StringComparison.Ordinal);
        Assert.DoesNotContain("locked.txt", output, StringComparison.Ordinal);
        Assert.Contains("; 1 unreadable", error, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Permission_denied_folder_is_skipped_and_counted()
    {
        var asNobody = Environment.UserName == "root";
        using var folder = asNobody ? LeakGuardProcess.SharedFolder() : new TempFolder();
        File.WriteAllText(folder.Combine("readable.txt"), Keys.Make("openai-api-key", 106) + "\n");
        var locked = folder.Combine("locked");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "inside.txt"), Keys.Make("github-pat", 107) + "\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);

        try
        {
            var (code, output, error) = LeakGuardProcess.Run(asNobody, "dir", folder.Path, "--format", "json");

            Assert.True(code == ExitCode.LeaksFound, error);
            Assert.Contains("readable.txt", output, StringComparison.Ordinal);
            Assert.DoesNotContain("inside.txt", output, StringComparison.Ordinal);
            Assert.Contains("; 1 unreadable folder(s)", error, StringComparison.Ordinal);
        }
        finally
        {
            // Let the folder be deleted again.
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
