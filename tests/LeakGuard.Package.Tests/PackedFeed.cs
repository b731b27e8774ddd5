using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace LeakGuard.Package.Tests;

/// <summary>
/// Packs the analyzer package and the CLI tool once, into a temporary local feed, with a version no cache has seen.
/// Builds go to a private artifacts folder so they never touch the solution's own bin and obj folders.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    public string Root { get; } = Directory.CreateTempSubdirectory("leakguard-e2e-").FullName;

    public string Feed => Path.Combine(Root, "feed");

    public string Version { get; } = "0.0.1-e2e" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    public string AnalyzerPackage => Path.Combine(Feed, $"LeakGuard.Analyzers.{Version}.nupkg");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// Makes <paramref name="directory"/> restore from this feed only, into a packages folder of its own: a consumer or
    /// a local tool restores exactly what was packed, and no test version stays in the machine's NuGet cache.
    /// </summary>
    public void WriteNuGetConfig(string directory) => File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
          </config>
          <packageSources>
            <clear />
            <add key="e2e" value="{Feed}" />
          </packageSources>
        </configuration>
        """);

    public async Task InitializeAsync()
    {
        foreach (var project in new[] { "analyzers/LeakGuard.Analyzers.Package/LeakGuard.Analyzers.Package.csproj", "scanner-cli/LeakGuard.Cli/LeakGuard.Cli.csproj" })
        {
            var result = await Shell.RunAsync(
                RepositoryRoot,
                "dotnet",
                "pack",
                project,
                "-c",
                "Release",
                "-o",
                Feed,
                $"-p:Version={Version}",
                $"-p:ArtifactsPath={Path.Combine(Root, "artifacts")}",
                "-p:UseArtifactsOutput=true");
            Assert.True(result.ExitCode == 0, $"dotnet pack {project} failed: {result}");
            Assert.DoesNotContain("warning", result.Output, StringComparison.OrdinalIgnoreCase);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    private static string FindRepositoryRoot()
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
