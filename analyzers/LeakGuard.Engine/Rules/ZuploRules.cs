using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ZuploRules
{
    private static readonly Remediation Remediation = new("https://zuplo.com/docs/articles/api-key-management", "Zuplo:ApiKey", "ZUPLO_API_KEY");

    // A consumer's key of an API that Zuplo's gateway guards (AccuWeather's among them): "zpka_", 32 characters, '_' and
    // a checksum of 8 hex digits.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "zuplo-api-key",
            "Zuplo",
            "Zuplo API consumer key",
            Patterns.Token("zpka_[a-z0-9]{32}_[a-f0-9]{8}"),
            new[] { "zpka_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
