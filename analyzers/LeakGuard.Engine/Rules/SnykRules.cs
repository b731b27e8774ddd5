using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SnykRules
{
    private static readonly Remediation Remediation = new("https://app.snyk.io/account", "Snyk:Token", "SNYK_TOKEN");

    private static readonly string[] SnykTokenContext = { "snyk" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "snyk-token",
            "Snyk",
            "Snyk API token (a UUID next to the word Snyk)",
            Patterns.Token(Patterns.Uuid),
            SnykTokenContext,
            Remediation,
            minEntropy: 3),

        // Personal access tokens (snyk_uat.) and service account tokens (snyk_sat.) since 2024: a key id of 8 hex digits,
        // base64url JSON claims ({"e": expiry, "h": "snyk.io", …}) and a signature, dot-separated. Not a UUID, so the
        // rule above never sees them.
        new SecretRule(
            "snyk-access-token",
            "Snyk",
            "Snyk personal access or service account token (snyk_uat., snyk_sat.)",
            Patterns.Token("snyk_[us]at\\.[a-f0-9]{8}\\.eyJ[A-Za-z0-9_-]{20,600}\\.[A-Za-z0-9_-]{40,200}", Patterns.UrlSafeOrDot),
            new[] { "snyk_uat.", "snyk_sat." },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
