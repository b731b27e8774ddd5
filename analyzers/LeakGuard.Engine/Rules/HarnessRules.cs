using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HarnessRules
{
    private static readonly Remediation Remediation = new("https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/", "Harness:ApiKey", "HARNESS_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The account's id, the token's id (24 hex digits as Harness issues them, letters and digits as gitleaks allows) and
    // its secret; tokens made before the account's id was added
        // have only the last two, and do not expire unless told to.
        new SecretRule(
            "harness-api-token",
            "Harness",
            "Harness personal access or service account token",
            Patterns.Token("(?:pat|sat)\\.(?:[A-Za-z0-9_-]{22}\\.)?[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}", Patterns.UrlSafeOrDot),
            new[] { "pat.", "sat." },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
