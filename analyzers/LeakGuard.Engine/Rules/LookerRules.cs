using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LookerRules
{
    private static readonly Remediation Remediation = new("https://cloud.google.com/looker/docs/api-auth", "Looker:ClientSecret", "LOOKERSDK_CLIENT_SECRET");

    private static readonly string[] Context = { "looker" };

    // An API3 client secret (24 letters and digits) with its client id signs in as the user who owns them.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "looker-client-secret",
            "Looker",
            "Looker API client secret (24 letters and digits next to Looker)",
            Patterns.Token("[A-Za-z0-9]{24}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
