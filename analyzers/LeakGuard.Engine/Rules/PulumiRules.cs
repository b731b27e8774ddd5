using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PulumiRules
{
    private static readonly Remediation Remediation = new("https://app.pulumi.com/account/tokens", "Pulumi:AccessToken", "PULUMI_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "pulumi-access-token",
            "Pulumi",
            "Pulumi access token",
            Patterns.Token("pul-[a-f0-9]{40}"),
            new[] { "pul-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
