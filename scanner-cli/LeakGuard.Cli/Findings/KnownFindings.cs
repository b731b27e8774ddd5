using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace LeakGuard.Cli.Findings;

/// <summary>
/// Fingerprints the user has already seen and accepted: from a baseline (any LeakGuard JSON report or baseline file)
/// and from <c>.leakguardignore</c>. Matching findings move to <see cref="ScanReport.Ignored"/>, never out of sight.
/// </summary>
internal sealed class KnownFindings
{
    public const string IgnoreFileName = ".leakguardignore";

    private readonly HashSet<string> fingerprints;

    private KnownFindings(HashSet<string> fingerprints)
    {
        this.fingerprints = fingerprints;
    }

    public static KnownFindings Load(FileInfo? baseline, string? ignoreFolder)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (baseline is not null)
        {
            known.UnionWith(ReadBaseline(baseline));
        }

        if (ignoreFolder is not null && File.Exists(Path.Combine(ignoreFolder, IgnoreFileName)))
        {
            known.UnionWith(ReadIgnoreFile(Path.Combine(ignoreFolder, IgnoreFileName)));
        }

        return new KnownFindings(known);
    }

    public ScanReport Apply(ScanReport report)
    {
        if (fingerprints.Count == 0)
        {
            return report;
        }

        var ignored = report.Findings.Where(f => fingerprints.Contains(f.Fingerprint)).ToArray();
        return ignored.Length == 0
            ? report
            : report with { Findings = report.Findings.Except(ignored).ToArray(), Ignored = [.. report.Ignored, .. ignored] };
    }

    /// <summary>
    /// One fingerprint a line; blank lines and lines starting with <c>#</c> are skipped. Only whole-line comments, since
    /// a fingerprint holds a path and a path may hold a <c>#</c>.
    /// </summary>
    public static IEnumerable<string> ReadIgnoreFile(string path) =>
        File.ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    private static string[] ReadBaseline(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new CliException($"--baseline: no such file: {file.FullName}");
        }

        try
        {
            using var stream = file.OpenRead();
            using var document = JsonDocument.Parse(stream);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new CliException($"--baseline: {file.Name} is not a LeakGuard JSON report or baseline (expected an array)");
            }

            return document.RootElement.EnumerateArray()
                .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("fingerprint", out var f) ? f.GetString() : null)
                .OfType<string>()
                .ToArray();
        }
        catch (JsonException e)
        {
            throw new CliException($"--baseline: {file.Name} is not valid JSON ({e.Message})", e);
        }
    }
}
