using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PortainerRules
{
    private static readonly Remediation Remediation = new("https://docs.portainer.io/api/access", "Portainer:AccessToken", "PORTAINER_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "portainer-access-token",
            "Portainer",
            "Portainer access token",
            Patterns.Token("ptr_[A-Za-z0-9+/]{43}=?", Patterns.Base64),
            new[] { "ptr_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
