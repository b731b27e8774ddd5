using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace LeakGuard.Cli.Findings;

/// <summary>
/// Writes a baseline: one entry per fingerprint, sorted, with no line numbers, commit ids or timestamps, so that it
/// survives edits that move lines and rebases, and two branches that add findings merge without conflicts.
/// </summary>
internal static class BaselineFile
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static int Write(IEnumerable<Finding> findings, string path)
    {
        var entries = findings
            .GroupBy(f => f.Fingerprint, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Entry(g.Key, g.First().Rule.Id, g.First().Path))
            .ToArray();
        var json = JsonSerializer.Serialize(entries, Options).ReplaceLineEndings("\n") + "\n";
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return entries.Length;
    }

    private sealed record Entry(string Fingerprint, string RuleId, string File);
}
