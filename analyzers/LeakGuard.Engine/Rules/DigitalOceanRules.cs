using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DigitalOceanRules
{
    private static readonly Remediation Remediation = new("https://cloud.digitalocean.com/account/api/tokens", "DigitalOcean:Token", "DIGITALOCEAN_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "digitalocean-pat",
            "DigitalOcean",
            "DigitalOcean personal access token",
            Patterns.Token("dop_v1_[a-f0-9]{64}"),
            new[] { "dop_v1_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "digitalocean-oauth-token",
            "DigitalOcean",
            "DigitalOcean OAuth access token",
            Patterns.Token("doo_v1_[a-f0-9]{64}"),
            new[] { "doo_v1_" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "digitalocean-refresh-token",
            "DigitalOcean",
            "DigitalOcean OAuth refresh token",
            Patterns.Token("dor_v1_[a-f0-9]{64}"),
            new[] { "dor_v1_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
