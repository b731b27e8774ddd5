using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class OctopusDeployRules
{
    private static readonly Remediation Remediation = new("https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key", "Octopus:ApiKey", "OCTOPUS_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "octopus-deploy-api-key",
            "Octopus Deploy",
            "Octopus Deploy API key",
            Patterns.Token("API-[A-Z0-9]{26,32}", Patterns.Base62),
            new[] { "API-" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },
    };
}
