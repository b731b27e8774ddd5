using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AlchemyRules
{
    private static readonly Remediation Remediation = new("https://dashboard.alchemy.com/apps", "Alchemy:ApiKey", "ALCHEMY_API_KEY");

    // The key alone, as the SDK takes it (ALCHEMY_API_KEY, new Alchemy({ apiKey })): 32 characters of letters, digits,
    // '_' and '-', under a name that starts with Alchemy's. In a URL it is web3-rpc-url-key's.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "alchemy-api-key",
            "Alchemy",
            "Alchemy API key under Alchemy's name",
            Patterns.AssignedTo("alchemy", "[A-Za-z0-9_-]{32}"),
            new[] { "alchemy" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
