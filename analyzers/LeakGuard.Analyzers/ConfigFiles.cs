using System;

namespace LeakGuard.Analyzers;

/// <summary>Which additional files are configuration files that LG0002 scans.</summary>
internal static class ConfigFiles
{
    private static readonly char[] Separators = { '/', '\\' };

    public static bool IsConfigFile(string path)
    {
        var name = FileName(path);
        return (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("local.settings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            || (name.EndsWith(".config", StringComparison.OrdinalIgnoreCase) && name.Length > ".config".Length)
            || name.Equals(".env", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase)
            || IsRequestFile(name);
    }

    /// <summary>
    /// HTTP request files (<c>dotnet new webapi</c> adds one; Visual Studio, Rider and VS Code run them): where a
    /// developer trying an endpoint pastes a bearer token.
    /// </summary>
    private static bool IsRequestFile(string name) =>
        (name.EndsWith(".http", StringComparison.OrdinalIgnoreCase) && name.Length > ".http".Length)
        || (name.EndsWith(".rest", StringComparison.OrdinalIgnoreCase) && name.Length > ".rest".Length);

    // Paths come from the host as written in the project, so either separator may occur on any platform.
    public static string FileName(string path) => path.Substring(path.LastIndexOfAny(Separators) + 1);
}
