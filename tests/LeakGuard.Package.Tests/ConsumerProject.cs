using System.IO;
using System.Threading.Tasks;

namespace LeakGuard.Package.Tests;

/// <summary>A fresh project outside the repository that takes the analyzer package from the local feed, as a user would.</summary>
internal sealed class ConsumerProject
{
    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public static ConsumerProject Create(PackedFeed feed, string name)
    {
        var directory = Path.Combine(feed.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        var project = new ConsumerProject(directory);
        feed.WriteNuGetConfig(directory);
        project.Write("Directory.Build.props", "<Project />");
        project.Write("Directory.Packages.props", "<Project />");
        project.Write($"{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LeakGuard.Analyzers" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    public void Write(string relativePath, string content) => File.WriteAllText(Path.Combine(Directory, relativePath), content);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    public Task<ProcessResult> BuildAsync() => Shell.RunAsync(Directory, "dotnet", "build", "--no-incremental", "-nologo", "-clp:NoSummary");
}
