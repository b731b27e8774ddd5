using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HubSpotRules
{
    private static readonly Remediation Remediation = new("https://app.hubspot.com/private-apps/", "HubSpot:AccessToken", "HUBSPOT_ACCESS_TOKEN");

    private static readonly string[] HubspotLegacyApiKeyContext = { "hubspot", "hapikey" };

    // A UUID, or on an EU portal "eu1-" and 4 hex digits in place of its first group.
    private const string LegacyApiKey = "(?:[0-9a-f]{8}|(?:eu|na|ap)[0-9]-[0-9a-f]{4})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

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
            Patterns.Token(LegacyApiKey),
            HubspotLegacyApiKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
