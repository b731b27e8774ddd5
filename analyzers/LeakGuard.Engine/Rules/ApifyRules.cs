using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ApifyRules
{
    private static readonly Remediation Remediation = new("https://console.apify.com/settings/integrations", "Apify:Token", "APIFY_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "apify-api-token",
            "Apify",
            "Apify API token or proxy password (apify_api_, apify_proxy_)",
            Patterns.Token("apify_(?:api|proxy)_[A-Za-z0-9]{36}", Patterns.Base62),
            new[] { "apify_api_", "apify_proxy_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
