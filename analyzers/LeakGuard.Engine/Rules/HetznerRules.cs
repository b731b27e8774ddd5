using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HetznerRules
{
    private static readonly Remediation Remediation = new("https://console.hetzner.cloud/", "Hetzner:CloudToken", "HCLOUD_TOKEN");

    // A Hetzner Cloud API token is 64 letters and digits with no prefix, so only the words near it (hcloud,
    // HCLOUD_TOKEN, hetzner) tell it apart; it must mix upper case, lower case and digits, which a hex digest does not.
    private static readonly string[] Context = { "hcloud", "hetzner" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "hetzner-cloud-api-token",
            "Hetzner",
            "Hetzner Cloud API token (64 letters and digits next to hcloud or Hetzner)",
            Patterns.Token("[A-Za-z0-9]{64}"),
            Context,
            Remediation,
            minEntropy: 4.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
