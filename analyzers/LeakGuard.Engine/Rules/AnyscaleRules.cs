using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AnyscaleRules
{
    private static readonly Remediation Remediation = new("https://console.anyscale.com/api-keys", "Anyscale:ApiKey", "ANYSCALE_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "anyscale-api-key",
            "Anyscale",
            "Anyscale API key",
            Patterns.Token("esecret_[A-Za-z0-9_-]{20,60}"),
            new[] { "esecret_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
