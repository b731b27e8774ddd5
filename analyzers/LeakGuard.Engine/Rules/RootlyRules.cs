using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RootlyRules
{
    private static readonly Remediation Remediation = new("https://docs.rootly.com/api-reference/overview", "Rootly:ApiKey", "ROOTLY_API_KEY");

    // An API key of the incident platform: "rootly_" and 64 hex digits. It reads and changes incidents, on-call
    // schedules and their private notes.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "rootly-api-key",
            "Rootly",
            "Rootly API key",
            Patterns.Token("rootly_[a-f0-9]{64}"),
            new[] { "rootly_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
