using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GrafanaRules
{
    private static readonly Remediation Remediation = new("https://grafana.com/orgs", "Grafana:Token", "GRAFANA_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "grafana-cloud-token",
            "Grafana",
            "Grafana Cloud access policy token",
            Patterns.Token("glc_[A-Za-z0-9+/]{32,400}={0,2}", Patterns.Base64),
            new[] { "glc_" },
            Remediation)
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "grafana-service-account-token",
            "Grafana",
            "Grafana service account token",
            Patterns.Token("glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"),
            new[] { "glsa_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        new SecretRule(
            // Base 64 of {"k":"<32 letters and digits>","n":"<name>","id":<n>}: the key's 39 bytes before the name end on a
            // group of three, so ',"n":"' is always "LCJuIjoi" there. Power BI's public embed links ("view?r=eyJrIjoi…")
            // are base 64 JSON that starts the same way with a GUID.
            "grafana-api-key",
            "Grafana",
            "Grafana API key (legacy, base-64 JSON)",
            Patterns.Token("eyJrIjoi[A-Za-z0-9]{44}LCJuIjoi[A-Za-z0-9+/]{4,400}={0,2}", Patterns.Base64),
            new[] { "eyJrIjoi" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
