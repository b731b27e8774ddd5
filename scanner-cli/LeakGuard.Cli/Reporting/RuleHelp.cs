using LeakGuard.Engine;

namespace LeakGuard.Cli.Reporting;

/// <summary>The remediation advice every format shows for a rule.</summary>
internal static class RuleHelp
{
    public static string For(SecretRule rule) =>
        $"Revoke or rotate the key at {rule.Remediation.RotateUrl}, then load it from configuration " +
        $"('{rule.Remediation.ConfigurationKey}') or the {rule.Remediation.EnvironmentVariable} environment variable instead of the source. " +
        "Removing it from history does not make it safe: it has already leaked.";
}
