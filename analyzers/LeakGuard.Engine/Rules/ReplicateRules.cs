using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ReplicateRules
{
    private static readonly Remediation Remediation = new("https://replicate.com/account/api-tokens", "Replicate:ApiToken", "REPLICATE_API_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "replicate-api-token",
            "Replicate",
            "Replicate API token",
            Patterns.Token("r8_[A-Za-z0-9_-]{37}"),
            new[] { "r8_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value.Substring("r8_".Length)),
        },
    };
}
