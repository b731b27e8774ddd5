using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class InngestRules
{
    private static readonly Remediation Remediation = new("https://app.inngest.com/env/production/manage/signing-key", "Inngest:SigningKey", "INNGEST_SIGNING_KEY");

    // The key that signs Inngest's calls to an app's functions, and the app's calls to Inngest's API: whoever has it
    // can run the functions and read their runs.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "inngest-signing-key",
            "Inngest",
            "Inngest signing key",
            Patterns.Token("signkey-(?:prod|test|branch)-[0-9a-f]{64}"),
            new[] { "signkey-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
