using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NuGetRules
{
    private static readonly Remediation Remediation = new("https://www.nuget.org/account/apikeys", "NuGet:ApiKey", "NUGET_API_KEY");

    // nuget.org keys are "oy2" and 43 base-32 characters whose bit layout fixes the alphabet at a few positions
    // (the layout Microsoft's security-utilities documents as SEC101/030).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "nuget-api-key",
            "NuGet",
            "nuget.org API key",
            Patterns.Token("oy2[a-p][0-9a-z]{15}[aq][0-9a-z]{11}[eu][bdfhjlnprtvxz357][a-p][0-9a-z]{11}[aeimquy4]", Patterns.Base62),
            new[] { "oy2" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
