using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace LeakGuard.Cli.Reporting.Sarif;

// The subset of SARIF 2.1.0 that LeakGuard writes; property names follow the schema exactly.
internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

internal sealed record SarifRun(SarifTool Tool, IReadOnlyList<SarifInvocation> Invocations, IReadOnlyList<SarifResult> Results);

/// <summary>The scan itself: it ran to its end (a failed scan writes no report), with what it could not cover.</summary>
internal sealed record SarifInvocation(bool ExecutionSuccessful, IReadOnlyList<SarifNotification> ToolExecutionNotifications);

internal sealed record SarifNotification(string Level, SarifText Message);

internal sealed record SarifTool(SarifDriver Driver);

internal sealed record SarifDriver(string Name, string Version, string InformationUri, IReadOnlyList<SarifRule> Rules);

internal sealed record SarifRule(string Id, string Name, SarifText ShortDescription, SarifText FullDescription, SarifText Help, string HelpUri, SarifRuleProperties Properties);

internal sealed record SarifRuleProperties(IReadOnlyList<string> Tags, [property: JsonPropertyName("security-severity")] string SecuritySeverity);

internal sealed record SarifText(string Text);

internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifText Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SarifSuppression>? Suppressions,
    SarifResultProperties Properties);

/// <summary>A result the user already accepted (baseline, .leakguardignore): shown as suppressed, not dropped.</summary>
internal sealed record SarifSuppression(string Kind, string Justification);

internal sealed record SarifResultProperties(
    string RotateUrl,
    string ConfigurationKey,
    string EnvironmentVariable,
    IReadOnlyList<string> Steps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReachableFrom);

internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);

internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);

internal sealed record SarifArtifactLocation(string Uri);

internal sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn);
