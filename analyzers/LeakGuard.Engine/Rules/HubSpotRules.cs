using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HubSpotRules
{
    private static readonly Remediation Remediation = new("https://app.hubspot.com/private-apps/", "HubSpot:AccessToken", "HUBSPOT_ACCESS_TOKEN");

    private static readonly string[] HubspotLegacyApiKeyContext = { "hubspot", "hapikey" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "hubspot-private-app-token",
            "HubSpot",
            "HubSpot private app access token",
            Patterns.Token("pat-(?:na|eu|ap)[0-9]-" + Patterns.Uuid),
            new[] { "pat-na", "pat-eu", "pat-ap" },
            Remediation)
        {
            MinEntropy = 3,
        },
        ContextGatedRule.Create(
            "hubspot-legacy-api-key",
            "HubSpot",
            "HubSpot legacy API key (a UUID next to the word HubSpot or hapikey)",
            Patterns.Token(Patterns.Uuid),
            HubspotLegacyApiKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
