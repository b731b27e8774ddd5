using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OpsgenieRules
{
    private static readonly Remediation Remediation = new("https://support.atlassian.com/opsgenie/docs/api-key-management/", "Opsgenie:ApiKey", "OPSGENIE_API_KEY");

    // An Opsgenie API (or integration) key is a lower-case UUID, sent as "Authorization: GenieKey <key>".
    // The scheme's name is required: UUIDs alone are everywhere.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "opsgenie-api-key",
            "Opsgenie",
            "Opsgenie API key (a UUID after the GenieKey authorization scheme)",
            "(?i:GenieKey)[ \\t]{1,3}(?<secret>[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12})(?:$|[^A-Za-z0-9-])",
            new[] { "geniekey" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // The same key as a setting: Alertmanager's opsgenie_configs api_key, OPSGENIE_API_KEY; Opsgenie named nearby.
        ContextGatedRule.Create(
            "opsgenie-api-key-setting",
            "Opsgenie",
            "Opsgenie API key (a UUID) under an API key's name, with Opsgenie named nearby",
            "(?i)api[_-]?key[\"']?[ \\t]{0,5}[:=][ \\t]{0,5}[\"']?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?:$|[^a-z0-9-])",
            new[] { "opsgenie" },
            Remediation,
            minEntropy: 3),
    };
}
