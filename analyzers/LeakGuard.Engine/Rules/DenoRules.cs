using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DenoRules
{
    private static readonly Remediation Remediation = new("https://dash.deno.com/account#access-tokens", "Deno:DeployToken", "DENO_DEPLOY_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "deno-deploy-token",
            "Deno",
            "Deno Deploy access token (ddp_, ddw_)",
            Patterns.Token("dd[pw]_[A-Za-z0-9]{36}", Patterns.Base62),
            new[] { "ddp_", "ddw_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },
    };
}
