using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SparkPostRules
{
    private static readonly Remediation Remediation = new("https://app.sparkpost.com/account/api-keys", "SparkPost:ApiKey", "SPARKPOST_API_KEY");

    private static readonly string[] Context = { "sparkpost" };

    // An API key (40 hex digits) sends mail and reads the events of the account; SparkPost must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "sparkpost-api-key",
            "SparkPost",
            "SparkPost API key (40 hex digits next to SparkPost)",
            Patterns.Token("[a-f0-9]{40}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
