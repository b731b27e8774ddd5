using System;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Engine;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Cli.Detect;

/// <summary>The only place the CLI calls the engine: text (or a binary key file) in, located secrets out. Thread-safe.</summary>
internal sealed class FragmentScanner
{
    private readonly SecretScanner scanner;
    private readonly HashSet<SecretRule> keyFileRules;

    public FragmentScanner(bool includeGeneric)
        : this(includeGeneric, ScanConfiguration.Default)
    {
    }

    public FragmentScanner(bool includeGeneric, ScanConfiguration configuration)
    {
        scanner = configuration.CreateScanner(RuleSelection.Select(includeGeneric));
        keyFileRules = [.. configuration.SelectRules(KeyFiles.All).Intersect(KeyFiles.All)];
    }

    public IReadOnlyList<LocatedSecret> Scan(string text, Action<string> warn) => Locate(scanner.Scan(text), text, warn);

    /// <summary>Scans text still in a buffer: a string is made of it only where the engine may find something (<see cref="SecretScanner.Scan(ReadOnlySpan{char})"/>).</summary>
    public IReadOnlyList<LocatedSecret> Scan(ReadOnlySpan<char> text, Action<string> warn) => Scan(text, warn, out _);

    /// <inheritdoc cref="Scan(ReadOnlySpan{char}, Action{string})"/>
    /// <param name="takesKeyByName">Whether the text takes a key by name (<see cref="ScanResult.TakesKeyByName"/>).</param>
    public IReadOnlyList<LocatedSecret> Scan(ReadOnlySpan<char> text, Action<string> warn, out bool takesKeyByName)
    {
        var result = scanner.Scan(text);
        takesKeyByName = result.TakesKeyByName;
        return Locate(result, result.Findings.Count == 0 ? string.Empty : text.ToString(), warn);
    }

    /// <summary>
    /// The key file (<see cref="KeyFiles"/>) binary <paramref name="content"/> is, as a finding on its first line, or
    /// null; a configuration can turn its rule off like any other.
    /// </summary>
    public LocatedSecret? ScanKeyFile(ReadOnlySpan<byte> content) =>
        KeyFiles.Identify(content) is { } rule && keyFileRules.Contains(rule) ? new LocatedSecret(rule, KeyFiles.SecretOf(content), 1, 1, 1, 2) : null;

    /// <param name="text">The text scanned, to place the findings by line and column.</param>
    private static List<LocatedSecret> Locate(ScanResult result, string text, Action<string> warn)
    {
        foreach (var warning in result.Warnings)
        {
            warn(warning);
        }

        if (result.Findings.Count == 0)
        {
            return [];
        }

        var lines = new LineIndex(text);
        var located = new List<LocatedSecret>(result.Findings.Count);
        foreach (var finding in result.Findings)
        {
            var (startLine, startColumn) = lines.Locate(finding.Start);
            var (endLine, endColumn) = lines.Locate(finding.End - 1);
            located.Add(new LocatedSecret(finding.Rule, finding.Secret, startLine, startColumn, endLine, endColumn + 1, finding.DecodedFrom is not null));
        }

        return located;
    }
}
