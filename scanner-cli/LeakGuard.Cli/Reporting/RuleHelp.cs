using System.Collections.Generic;
using System.Linq;
using LeakGuard.Engine;

namespace LeakGuard.Cli.Reporting;

/// <summary>The remediation advice every format shows for a rule.</summary>
internal static class RuleHelp
{
    public static string For(SecretRule rule) => string.Join(" ", Steps(rule).Select((step, i) => $"{i + 1}. {step}"));

    /// <summary>What to do about a leaked key, in order: revoking comes first because a pushed key is already copied.</summary>
    public static IReadOnlyList<string> Steps(SecretRule rule) => [.. Before(rule.Remediation), History];

    /// <summary>What to do before the history: the rule's own steps, or rotating the key and moving it to configuration.</summary>
    private static IReadOnlyList<string> Before(Remediation remediation) => remediation.Steps ??
    [
        $"Revoke or rotate the key at {remediation.RotateUrl}.",
        "Issue a new key and keep it out of the repository (user secrets, a secret store, the CI's secret variables).",
        $"Load it from configuration ('{remediation.ConfigurationKey}') or the {remediation.EnvironmentVariable} environment variable instead of the source.",
    ];

    private const string History = "Then decide whether to rewrite history (git filter-repo, then force-push): it does not make the old key safe, clones and forks keep it, so revoke first.";
}
