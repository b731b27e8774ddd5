using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

/// <summary>
/// Our sources hold fake keys built at run time from parts, and rules whose own text must not read as a key: the
/// repository scans clean, as the README's scan shows.
/// </summary>
public sealed class OwnRepositoryTests
{
    [Fact]
    public async Task The_files_of_this_repository_scan_clean()
    {
        var (run, findings) = await CliRun.Json("dir", RepositoryRoot());

        Assert.True(findings.Length == 0, string.Join(Environment.NewLine, findings.Select(f => $"{f.File}:{f.StartLine} {f.RuleId}")));
        Assert.Equal(ExitCode.Clean, run.ExitCode);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LeakGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("LeakGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
