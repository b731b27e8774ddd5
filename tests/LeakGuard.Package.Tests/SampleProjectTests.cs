using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace LeakGuard.Package.Tests;

/// <summary>
/// The samples do what samples/README.md says: LeakyApp builds with LG0001 on its pasted key, FixedApp builds without
/// any LeakGuard warning. They take the analyzer from this repository's projects, so they are built here with all
/// output in a temporary folder, leaving the working tree as it was.
/// </summary>
[Collection(PackedFeedGroup.Name)]
public sealed class SampleProjectTests : IDisposable
{
    private readonly string artifacts = Directory.CreateTempSubdirectory("leakguard-samples-").FullName;

    [Fact]
    public async Task Leaky_sample_reports_its_key_and_fixed_sample_builds_clean()
    {
        var leaky = await BuildAsync("LeakyApp");
        var fixedApp = await BuildAsync("FixedApp");

        Assert.True(leaky.ExitCode == 0, leaky.ToString());
        Assert.Contains("Program.cs(10,29): warning LG0001: OpenAI key 'sk-Zq8vN...0nVt' is hard-coded", leaky.Output, StringComparison.Ordinal);
        Assert.True(fixedApp.ExitCode == 0, fixedApp.ToString());
        Assert.DoesNotContain("LG000", fixedApp.Output, StringComparison.Ordinal);
        foreach (var build in new[] { leaky, fixedApp })
        {
            // An analyzer the compiler cannot create (CS8032) or that throws (AD0001) reports nothing at all.
            Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(artifacts, recursive: true);

    private Task<ProcessResult> BuildAsync(string sample) => Shell.RunAsync(
        PackedFeed.RepositoryRoot,
        "dotnet",
        "build",
        Path.Combine("samples", sample),
        "--no-incremental",
        "-nologo",
        "-clp:NoSummary",
        $"-p:ArtifactsPath={Path.Combine(artifacts, sample)}",
        "-p:UseArtifactsOutput=true");
}
