using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using LeakGuard.Engine;
using LeakGuard.Engine.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LeakGuard.Analyzers;

/// <summary>
/// The scanner for one compilation: the analyzer's rules as the <c>leakguard.toml</c> among the additional files
/// changes them (the same file the CLI reads), and its path allowlists. Built once per compilation.
/// </summary>
internal sealed class ConfiguredScan
{
    private static readonly char[] Separators = { '/', '\\' };

    private readonly ScanConfiguration configuration;
    private readonly string? root;
    private readonly ConditionalWeakTable<SyntaxTree, IReadOnlyList<SecretFinding>> providerKeys = new();

    private ConfiguredScan(SecretScanner scanner, ScanConfiguration configuration, string? root, AdditionalText? file, string? error)
    {
        Scanner = scanner;
        this.configuration = configuration;
        this.root = root;
        File = file;
        Error = error;
    }

    public SecretScanner Scanner { get; }

    /// <summary>The configuration file, when the compilation has one.</summary>
    public AdditionalText? File { get; }

    /// <summary>Why the configuration file cannot be used (LG0004); the analyzer then runs with its own rules.</summary>
    public string? Error { get; }

    public static ConfiguredScan For(ImmutableArray<AdditionalText> files, SecretScanner scanner, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            if (!ConfigFiles.FileName(file.Path).Equals(ConfigurationReader.FileName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            var root = file.Path.Substring(0, Math.Max(0, file.Path.LastIndexOfAny(Separators)));
            try
            {
                var configuration = ConfigurationReader.Read(text);
                return new ConfiguredScan(configuration.CreateScanner(scanner.Rules), configuration, root, file, null);
            }
            catch (ConfigurationException e)
            {
                return new ConfiguredScan(scanner, ScanConfiguration.Default, null, file, e.Message);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or TypeLoadException)
            {
                // The TOML reader needs System.Text.Json 10. The package ships it for hosts whose runtime has an older
                // one, but a host may still refuse it (a .NET Framework MSBuild binds by its own rules); the host's
                // exception would otherwise be AD0001 on every compilation.
                return new ConfiguredScan(scanner, ScanConfiguration.Default, null, file, MissingDependency(e));
            }
        }

        return new ConfiguredScan(scanner, ScanConfiguration.Default, null, null, null);
    }

    private static string MissingDependency(Exception e)
    {
        var assembly = e is FileNotFoundException notFound ? notFound.FileName : e is FileLoadException notLoaded ? notLoaded.FileName : null;
        return "this compiler cannot load " + (assembly ?? "a library the TOML reader needs")
            + ", which reading it takes (the .NET SDK's compiler loads it from the package; the leakguard command line reads the file anywhere)";
    }

    /// <summary>
    /// The providers' keys in the text of <paramref name="tree"/>, read whole as the command line reads a file (no
    /// generic rule): found once per tree and compilation, for each literal of the tree to look up.
    /// </summary>
    public IReadOnlyList<SecretFinding> ProviderKeysIn(SyntaxTree tree, CancellationToken cancellationToken) =>
        providerKeys.GetValue(tree, t => Scanner.WithoutLowConfidenceRules().Scan(t.GetText(cancellationToken).ToString()).Findings);

    /// <summary>
    /// Whether an allowlist glob matches <paramref name="path"/>, taken relative to the configuration file's folder, or
    /// the finding is a secret made for tests. Without a configuration file nothing says where the repository starts,
    /// so only the file's name and the three folders above it tell (a test project's folder, its fixtures): a folder
    /// the repository was cloned into ("~/test/shop/src/…") says nothing about the file.
    /// </summary>
    public bool IsPathAllowed(SecretRule rule, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        if (root is null)
        {
            return configuration.IsTestSecret(rule, LastSegments(path, 4));
        }

        var normalizedRoot = root.Replace('\\', '/').TrimEnd('/') + "/";
        var normalized = path.Replace('\\', '/');
        var relative = normalized.StartsWith(normalizedRoot, StringComparison.OrdinalIgnoreCase)
            ? normalized.Substring(normalizedRoot.Length)
            : Path.GetFileName(normalized);
        return configuration.IsPathAllowed(rule, relative);
    }

    private static string LastSegments(string path, int count)
    {
        var segments = path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return string.Join("/", segments, Math.Max(0, segments.Length - count), Math.Min(count, segments.Length));
    }
}
