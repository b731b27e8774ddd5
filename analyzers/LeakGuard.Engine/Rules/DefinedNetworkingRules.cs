using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DefinedNetworkingRules
{
    private static readonly Remediation Remediation = new("https://admin.defined.net/settings/api-keys", "DefinedNetworking:ApiKey", "DN_API_KEY");

    // An API key of Defined Networking's managed Nebula: "dnkey-", 26 characters, '-' and 52 more. It enrolls hosts
    // into the overlay network and changes its firewall.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "defined-networking-api-token",
            "Defined Networking",
            "Defined Networking (managed Nebula) API key",
            Patterns.Token("dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}", Patterns.UrlSafe),
            new[] { "dnkey-" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value.Substring("dnkey-".Length)),
        },
    };
}
