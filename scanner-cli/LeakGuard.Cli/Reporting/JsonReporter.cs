using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeakGuard.Cli.Findings;

namespace LeakGuard.Cli.Reporting;

/// <summary>A JSON array with one object per finding; git fields appear only for git scans.</summary>
internal sealed partial class JsonReporter : IReporter
{
    private readonly bool redact;

    public JsonReporter(bool redact)
    {
        this.redact = redact;
    }

    public void Write(ScanReport report, TextWriter output)
    {
        var items = report.Findings.Select(f => new JsonFinding(
            f.Rule.Id,
            f.Rule.Provider,
            f.Rule.Description,
            f.Path,
            f.Location.StartLine,
            f.Location.StartColumn,
            f.Location.EndLine,
            f.Location.EndColumn,
            f.Shown(redact),
            f.Fingerprint,
            f.Origin?.CommitSha,
            f.Origin?.Author,
            f.Origin?.Email,
            f.Origin?.Date,
            f.Origin?.Message,
            f.Origin?.InHead,
            f.Origin?.CommitCount,
            f.Reachable is { } r ? new JsonReachability(r.FromHead, r.Branches, r.Tags) : null,
            new JsonRemediation(f.Rule.Remediation.RotateUrl, f.Rule.Remediation.ConfigurationKey, f.Rule.Remediation.EnvironmentVariable, RuleHelp.Steps(f.Rule))));
        output.WriteLine(JsonSerializer.Serialize(items.ToArray(), JsonReportContext.Default.JsonFindingArray));
    }

    private sealed record JsonFinding(
        string RuleId,
        string Provider,
        string Description,
        string File,
        int StartLine,
        int StartColumn,
        int EndLine,
        int EndColumn,
        string Secret,
        string Fingerprint,
        string? Commit,
        string? Author,
        string? Email,
        DateTimeOffset? Date,
        string? Message,
        bool? InHead,
        int? CommitCount,
        JsonReachability? ReachableFrom,
        JsonRemediation Remediation);

    private sealed record JsonReachability(bool Head, IReadOnlyList<string> Branches, IReadOnlyList<string> Tags);

    private sealed record JsonRemediation(string RotateUrl, string ConfigurationKey, string EnvironmentVariable, IReadOnlyList<string> Steps);

    /// <summary>Serialization code generated at build time: reflection-based serialization costs a CLI run about 80 ms of start-up.</summary>
    [JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(JsonFinding[]))]
    private sealed partial class JsonReportContext : JsonSerializerContext;
}
