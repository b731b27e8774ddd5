using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace LeakGuard.Cli.Hooks;

/// <summary>
/// Whether a .NET local tool manifest (<c>.config/dotnet-tools.json</c> or <c>dotnet-tools.json</c>, looked for as
/// <c>dotnet tool run</c> looks: from a folder up to the first manifest marked <c>isRoot</c>) lists LeakGuard. Git runs
/// hooks at the top of the working tree, where such a tool starts as <c>dotnet leakguard</c>, not <c>leakguard</c>.
/// </summary>
internal static class LocalToolManifest
{
    public const string PackageId = "leakguard.cli";

    /// <summary>The manifest that lists LeakGuard for <paramref name="folder"/>, or null.</summary>
    public static string? Listing(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            foreach (var path in new[] { Path.Combine(current.FullName, ".config", "dotnet-tools.json"), Path.Combine(current.FullName, "dotnet-tools.json") })
            {
                if (Read(path) is not { } manifest)
                {
                    continue;
                }

                using (manifest)
                {
                    var root = manifest.RootElement;
                    if (root.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Object
                        && tools.EnumerateObject().Any(tool => string.Equals(tool.Name, PackageId, StringComparison.OrdinalIgnoreCase)))
                    {
                        return path;
                    }

                    if (root.TryGetProperty("isRoot", out var isRoot) && isRoot.ValueKind == JsonValueKind.True)
                    {
                        return null;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A manifest that cannot be read or parsed lists nothing: the hook then runs a tool on <c>PATH</c>.</summary>
    private static JsonDocument? Read(string path)
    {
        try
        {
            return File.Exists(path)
                ? JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
