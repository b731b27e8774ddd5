using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Package.Tests;

[Collection(PackedFeedGroup.Name)]
public sealed class AnalyzerPackageTests(PackedFeed feed)
{
    [Fact]
    public void Package_holds_analyzers_only_and_brings_no_runtime_dependency()
    {
        using var package = ZipFile.OpenRead(feed.AnalyzerPackage);
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/LeakGuard.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/LeakGuard.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/LeakGuard.Engine.dll", entries);
        Assert.Contains("buildTransitive/LeakGuard.Analyzers.props", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("icon.png", entries);
        Assert.Contains("AnalyzerReleases.Shipped.md", entries);
        Assert.Contains("AnalyzerReleases.Unshipped.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        using var nuspecStream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("true", Element(metadata, "developmentDependency"));
        Assert.Equal("MIT", Element(metadata, "license"));
        Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public async Task Consumer_build_reports_keys_and_dotnet_format_moves_them_out_of_the_code()
    {
        var project = ConsumerProject.Create(feed, "Consumer");
        var keys = new[] { TestKeys.OpenAi(1), TestKeys.OpenAi(2), TestKeys.OpenAi(3), TestKeys.OpenAi(4), TestKeys.GitHubClassic(5), TestKeys.OpenAiProject(6), TestKeys.OpenAi(8) };
        var attributeKey = TestKeys.OpenAi(9);
        project.Write("Program.cs", $$""""
            using System;

            internal static class Program
            {
                private const string ConstKey = "{{keys[0]}}";
                private const string AttributeKey = "{{attributeKey}}";

                [Obsolete(AttributeKey)]
                private static void Legacy() { }

                private static void Main()
                {
                    var regular = "{{keys[1]}}";
                    var verbatim = @"{{keys[2]}}";
                    var raw = """{{keys[3]}}""";
                    // The old token was {{keys[4]}}
                    var joined = "{{keys[5][..30]}}" + "{{keys[5][30..]}}";
                    ReadOnlySpan<byte> utf8 = "{{keys[6]}}"u8;
                    var placeholders = new[] { "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-your-key-here", "<OPENAI_API_KEY>", "AKIAIOSFODNN7EXAMPLE" };
                    Console.WriteLine(ConstKey.Length + regular.Length + verbatim.Length + raw.Length + joined.Length + utf8.Length + placeholders.Length);
                }
            }
            """");
        project.Write("appsettings.json", $$"""{ "OpenAI": { "ApiKey": "{{TestKeys.OpenAi(7)}}" } }""");
        project.Write("local.settings.json", $$"""{ "IsEncrypted": false, "Values": { "OPENAI_API_KEY": "{{TestKeys.OpenAi(10)}}" } }""");
        project.Write("WebApi.http", $"GET https://localhost:5001/items\nAuthorization: Bearer {TestKeys.OpenAi(11)}\n");

        var build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(8, WarningLocations(build.Output, "LG0001", "Program.cs").Length);
        Assert.Single(WarningLocations(build.Output, "LG0002", "appsettings.json"));
        Assert.Single(WarningLocations(build.Output, "LG0002", "local.settings.json"));
        Assert.Single(WarningLocations(build.Output, "LG0002", "WebApi.http"));
        Assert.DoesNotContain(keys[1], build.Output, StringComparison.Ordinal);

        // Config files have no code fix: the user moves that value to user secrets, as the LG0002 page says.
        project.Write("appsettings.json", """{ "OpenAI": { "ApiKey": "" } }""");
        var format = await Shell.RunAsync(project.Directory, "dotnet", "format", "analyzers", "--diagnostics", "LG0001", "--severity", "warn", "--no-restore");
        Assert.True(format.ExitCode == 0, format.ToString());

        var fixedSource = project.Read("Program.cs");
        Assert.All(keys, key => Assert.DoesNotContain(key, fixedSource, StringComparison.Ordinal));
        var rebuild = await project.BuildAsync();
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());

        // A constant an attribute needs cannot read configuration: that key stays, and stays reported, until moved by hand.
        Assert.Contains(attributeKey, fixedSource, StringComparison.Ordinal);
        var lineOfAttributeKey = fixedSource[..fixedSource.IndexOf(attributeKey, StringComparison.Ordinal)].Split('\n').Length;
        var remaining = Assert.Single(WarningLocations(rebuild.Output, "LG", "Program.cs"));
        Assert.Contains($"Program.cs({lineOfAttributeKey},", remaining, StringComparison.Ordinal);
    }

    private static string? Element(XElement parent, string name) => parent.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    private static string[] WarningLocations(string output, string id, string file) =>
        output.Split('\n')
            .Where(line => line.Contains("warning " + id, StringComparison.Ordinal) && line.Contains(file, StringComparison.Ordinal))
            .Select(line => line[..line.IndexOf(": warning", StringComparison.Ordinal)])
            .Distinct()
            .ToArray();
}
