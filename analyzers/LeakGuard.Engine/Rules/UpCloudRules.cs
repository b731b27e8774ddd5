using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class UpCloudRules
{
    private static readonly Remediation Remediation = new("https://hub.upcloud.com/account/tokens", "UpCloud:Token", "UPCLOUD_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "upcloud-api-token",
            "UpCloud",
            "UpCloud API token (ucat_)",
            Patterns.Token("ucat_[A-Za-z0-9]{24,32}", Patterns.Base62),
            new[] { "ucat_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
