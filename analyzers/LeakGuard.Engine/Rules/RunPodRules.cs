using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RunPodRules
{
    private static readonly Remediation Remediation = new("https://www.runpod.io/console/user/settings", "RunPod:ApiKey", "RUNPOD_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "runpod-api-key",
            "RunPod",
            "RunPod API key (rpa_)",
            Patterns.Token("rpa_[A-Za-z0-9]{40,50}", Patterns.Base62),
            new[] { "rpa_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },
    };
}
