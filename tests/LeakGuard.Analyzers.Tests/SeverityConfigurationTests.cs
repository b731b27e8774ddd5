using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>
/// Severity set in .editorconfig (C#) and in a global config (configuration files), checked with the real compiler:
/// the testing library's workspace does not apply analyzer config severities, so only a real build proves them.
/// </summary>
public sealed class SeverityConfigurationTests : IDisposable
{
    private readonly DirectoryInfo project = Directory.CreateTempSubdirectory("leakguard-severity-");

    [Fact]
    public void The_build_applies_the_configured_severity_to_every_rule()
    {
        var key = TestKeys.OpenAi();
        Write("Keys.cs", $"class Keys {{ string OpenAi = \"{key}\"; }}\n");
        Write(".env", $"OPENAI_API_KEY={key}\n");
        Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.LG0001.severity = error\n");
        Write(".globalconfig", "is_global = true\ndotnet_diagnostic.LG0002.severity = error\n");
        Write("Probe.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{AnalyzerFolder()}/*.dll" />
                <AdditionalFiles Include=".env" />
              </ItemGroup>
            </Project>
            """);

        var output = Build();

        Assert.Contains("Keys.cs(1,31): error LG0001", output, StringComparison.Ordinal);
        Assert.Contains(".env(1,16): error LG0002", output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, output, StringComparison.Ordinal);
    }

    public void Dispose() => project.Delete(recursive: true);

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(project.FullName, name), content);

    private string Build()
    {
        var start = new ProcessStartInfo("dotnet", "build --nologo -v:q -clp:NoSummary")
        {
            WorkingDirectory = project.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the build did not finish");
        return output.Result + error;
    }

    /// <summary>The analyzer as it ships: the netstandard2.0 build next to its engine, in this test's configuration.</summary>
    private static string AnalyzerFolder()
    {
        var configuration = typeof(SeverityConfigurationTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var folder = Path.Combine(RuleCatalogTests.Root, "analyzers", "LeakGuard.Analyzers", "bin", configuration, "netstandard2.0");
        Assert.True(File.Exists(Path.Combine(folder, "LeakGuard.Analyzers.dll")), "analyzer not built at " + folder);
        return folder;
    }
}
