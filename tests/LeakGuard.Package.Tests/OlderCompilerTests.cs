using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Package.Tests;

/// <summary>
/// The TOML reader needs System.Text.Json 10, which compilers older than the .NET 10 SDK's lack (their runtime has 8 or
/// 9). The packed analyzer runs here in such a compiler, the .NET 9 SDK's csc on the .NET 9 runtime, each restored from
/// NuGet with this project, and must apply a leakguard.toml as the .NET 10 SDK's compiler does.
/// </summary>
[Collection(PackedFeedGroup.Name)]
public sealed class OlderCompilerTests(PackedFeed feed)
{
    private static readonly string PackageRoot = Metadata("NuGetPackageRoot");

    [Fact]
    public async Task The_net9_compiler_applies_leakguard_toml()
    {
        var folder = Directory.CreateDirectory(Path.Combine(feed.Root, "older-compiler")).FullName;
        var dotnet = CreateRuntimeLayout(Path.Combine(folder, "dotnet"));
        var analyzers = ExtractAnalyzers(Path.Combine(folder, "analyzers"));
        var source = Directory.CreateDirectory(Path.Combine(folder, "src")).FullName;
        var corporateToken = FakeKey.Of("corp", "_", FakeKey.Random(FakeKey.Hex, 32, 3));
        File.WriteAllText(Path.Combine(source, "Allowed.cs"), $"class Allowed {{ const string Key = \"{TestKeys.OpenAi(1)}\"; }}");
        File.WriteAllText(Path.Combine(source, "Reported.cs"), $"class Reported {{ const string Key = \"{TestKeys.OpenAi(2)}\"; const string Token = \"{corporateToken}\"; }}");
        File.WriteAllText(Path.Combine(source, "leakguard.toml"), """
            [[rules]]
            id = "corporate-token"
            regex = '''corp_[0-9a-f]{32}'''
            keywords = ["corp_"]

            [allowlist]
            paths = ["**/Allowed.cs"]
            """);
        var compiler = Path.Combine(PackageRoot, "microsoft.net.compilers.toolset", Metadata("OlderCompilerVersion"), "tasks", "netcore", "bincore", "csc.dll");
        var references = Path.Combine(PackageRoot, "microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0", "System.Runtime.dll");

        var result = await Shell.RunAsync(
            source,
            dotnet,
            new[] { compiler, "-nologo", "-t:library", "-out:" + Path.Combine(folder, "out.dll"), "-r:" + references, "-additionalfile:leakguard.toml", "Allowed.cs", "Reported.cs" }
                .Concat(analyzers.Select(a => "-analyzer:" + a))
                .ToArray());

        var runtimes = await Shell.RunAsync(folder, dotnet, "--list-runtimes");
        Assert.Equal($"Microsoft.NETCore.App {Metadata("OlderRuntimeVersion")}", runtimes.Output.Split(" [")[0]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var diagnostics = Regex.Matches(result.Output, @"^(?<file>\S+)\(\d+,\d+\): warning (?<id>\w+): (?<message>.*)$", RegexOptions.Multiline)
            .Select(m => $"{m.Groups["file"].Value} {m.Groups["id"].Value} {(m.Groups["message"].Value.Contains("OpenAI", StringComparison.Ordinal) ? "OpenAI" : "custom")}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Collection(
            diagnostics,
            d => Assert.Equal("Reported.cs LG0001 OpenAI", d),
            d => Assert.Equal("Reported.cs LG0001 custom", d));
    }

    /// <summary>A .NET install that holds only the .NET 9 runtime, from its runtime pack, with this machine's muxer.</summary>
    private static string CreateRuntimeLayout(string root)
    {
        var version = Metadata("OlderRuntimeVersion");
        var pack = Path.Combine(PackageRoot, $"microsoft.netcore.app.runtime.{Metadata("RuntimeIdentifier")}", version, "runtimes", Metadata("RuntimeIdentifier"));
        var framework = Directory.CreateDirectory(Path.Combine(root, "shared", "Microsoft.NETCore.App", version)).FullName;
        var fxr = Directory.CreateDirectory(Path.Combine(root, "host", "fxr", version)).FullName;
        foreach (var file in Directory.EnumerateFiles(Directory.GetDirectories(Path.Combine(pack, "lib")).Single()).Concat(Directory.EnumerateFiles(Path.Combine(pack, "native"))))
        {
            File.Copy(file, Path.Combine(Path.GetFileName(file).Contains("hostfxr", StringComparison.Ordinal) ? fxr : framework, Path.GetFileName(file)));
        }

        var muxerName = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        var installedRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var muxer = Path.Combine(root, muxerName);
        File.Copy(Path.Combine(installedRoot, muxerName), muxer);
        return muxer;
    }

    private string[] ExtractAnalyzers(string directory)
    {
        using var package = ZipFile.OpenRead(feed.AnalyzerPackage);
        foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            var target = Path.Combine(directory, entry.FullName["analyzers/dotnet/cs/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target);
        }

        return Directory.GetFiles(directory, "*.dll");
    }

    private static string Metadata(string key) =>
        typeof(OlderCompilerTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
