using System.Linq;
using Tomlyn.Model;

namespace LeakGuard.Engine.Configuration;

/// <summary>Tells a gitleaks configuration from a <c>leakguard.toml</c> by the keys only gitleaks uses.</summary>
internal static class GitleaksDetector
{
    private static readonly string[] TopLevel = { "title", "allowlists", "minVersion" };
    private static readonly string[] RuleLevel = { "tags", "path", "allowlists", "skipReport", "required" };
    private static readonly string[] ExtendLevel = { "path", "url" };
    private static readonly string[] AllowlistLevel = { "commits", "condition", "targetRules" };

    public static ConfigurationDialect Detect(TomlTable root)
    {
        var gitleaks = TopLevel.Any(root.ContainsKey)
            || (root.TryGetValue("extend", out var extend) && extend is TomlTable e && ExtendLevel.Any(e.ContainsKey))
            || (root.TryGetValue("allowlist", out var allow) && allow is TomlTable a && AllowlistLevel.Any(a.ContainsKey))
            || (root.TryGetValue("rules", out var rules) && rules is TomlTableArray r && r.Any(IsGitleaksRule));
        return gitleaks ? ConfigurationDialect.Gitleaks : ConfigurationDialect.LeakGuard;
    }

    private static bool IsGitleaksRule(TomlTable rule) =>
        RuleLevel.Any(rule.ContainsKey)
        || (rule.TryGetValue("allowlist", out var allow) && allow is TomlTable a && AllowlistLevel.Any(a.ContainsKey));
}
