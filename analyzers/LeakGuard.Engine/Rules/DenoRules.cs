using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DenoRules
{
    private static readonly Remediation Remediation = new("https://dash.deno.com/account#access-tokens", "Deno:DeployToken", "DENO_DEPLOY_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A personal (ddp_), a deployment's (ddw_) or an organization's (ddo_, the Deno Deploy of 2025) token.
        new SecretRule(
            "deno-deploy-token",
            "Deno",
            "Deno Deploy access token (ddp_, ddw_, ddo_)",
            Patterns.Token("dd[pwo]_[A-Za-z0-9]{36}", Patterns.Base62),
            new[] { "ddp_", "ddw_", "ddo_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },
    };
}
