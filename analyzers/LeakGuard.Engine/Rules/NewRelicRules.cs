using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NewRelicRules
{
    private static readonly Remediation Remediation = new("https://one.newrelic.com/launcher/api-keys-ui.api-keys-launcher", "NewRelic:ApiKey", "NEW_RELIC_API_KEY");

    // 40 characters ending in "NRAL": 32 hex digits and "FFFF" (or 36 hex digits), and on the EU region "eu01xx" in
    // front; older EU keys are "eu01xx" and 34 hex digits with no suffix.
    private const string LicenseKey = "(?:(?:[a-f0-9]{32}FFFF|[a-f0-9]{36}|eu01xx[a-f0-9]{26}FFFF|eu01xx[a-f0-9]{30})NRAL|eu01xx[a-f0-9]{34})";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "new-relic-user-api-key",
            "New Relic",
            "New Relic user API key",
            Patterns.Token("NRAK-[A-Z0-9]{27}", Patterns.Base62),
            new[] { "NRAK-" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "new-relic-insert-key",
            "New Relic",
            "New Relic insights insert key",
            Patterns.Token("NRII-[A-Za-z0-9_-]{32}"),
            new[] { "NRII-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            "new-relic-license-key",
            "New Relic",
            "New Relic ingest license key",
            Patterns.Token(LicenseKey, Patterns.Base62),
            new[] { "NRAL", "eu01xx" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // Older key types, still accepted: REST API keys, admin keys and Insights query keys. The browser key (NRJS-)
        // ships in every page and is not matched.
        new SecretRule(
            "new-relic-rest-api-key",
            "New Relic",
            "New Relic REST API key (NRRA-)",
            Patterns.Token("NRRA-[a-f0-9]{42}", Patterns.Base62),
            new[] { "NRRA-" },
            Remediation)
        {
            MinEntropy = 3,
        },

        new SecretRule(
            "new-relic-admin-key",
            "New Relic",
            "New Relic admin API key (NRAA-)",
            Patterns.Token("NRAA-[a-f0-9]{27}", Patterns.Base62),
            new[] { "NRAA-" },
            Remediation)
        {
            MinEntropy = 3,
        },

        new SecretRule(
            "new-relic-insights-query-key",
            "New Relic",
            "New Relic Insights query key (NRIQ-)",
            Patterns.Token("NRIQ-[A-Za-z0-9_-]{32}"),
            new[] { "NRIQ-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
