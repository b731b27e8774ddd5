using System.IO;
using System.Linq;
using LeakGuard.Engine;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Cli.Detect;

/// <summary>
/// Finds and reads the scan's configuration: the file named by <c>--config</c>, else <c>leakguard.toml</c> at the
/// scanned root, else none. What the file asks for and LeakGuard ignores goes to stderr, one line each.
/// </summary>
internal static class ConfigurationFile
{
    public static ScanConfiguration Load(FileInfo? named, string root, CliConsole console)
    {
        var path = named?.FullName ?? Path.Combine(root, ConfigurationReader.FileName);
        if (named is null && !File.Exists(path))
        {
            return ScanConfiguration.Default;
        }

        if (!File.Exists(path))
        {
            throw new CliException($"--config: no such file: {path}");
        }

        ScanConfiguration configuration;
        try
        {
            configuration = ConfigurationReader.ReadFile(path);
        }
        catch (ConfigurationException e)
        {
            throw new CliException($"{Path.GetFileName(path)}: {e.Message}", e);
        }

        foreach (var warning in configuration.Warnings)
        {
            console.Error.WriteLine($"warning: {Path.GetFileName(path)}: {warning}");
        }

        foreach (var warning in configuration.UnknownDisabledRules(BuiltInRules.All.Concat(KeyFiles.All)))
        {
            console.Error.WriteLine($"warning: {Path.GetFileName(path)}: {warning}");
        }

        return configuration;
    }
}
