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
            || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase);
    }

    // Paths come from the host as written in the project, so either separator may occur on any platform.
    public static string FileName(string path) => path.Substring(path.LastIndexOfAny(Separators) + 1);
}
