using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ZendeskRules
{
    private static readonly Remediation Remediation = new("https://support.zendesk.com/hc/en-us/articles/4408889192858", "Zendesk:ApiToken", "ZENDESK_API_TOKEN");

    private static readonly string[] ZendeskApiTokenContext = { "zendesk", "zenpy", "/token:" };

    // "zenpy" is the Python client (Zenpy(email=..., token=..., subdomain=...)), whose scripts often never spell
    // out the word Zendesk; "{email}/token:{token}" is the user name and password of Zendesk's API token authentication.

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "zendesk-api-token",
            "Zendesk",
            "Zendesk API token (40 characters next to the word Zendesk or Zenpy, or after an email's /token:)",
            Patterns.Token("[A-Za-z0-9]{40}"),
            ZendeskApiTokenContext,
            Remediation,
            minEntropy: 4,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
