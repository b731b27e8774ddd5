using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HeliconeRules
{
    private static readonly Remediation Remediation = new("https://us.helicone.ai/settings/api-keys", "Helicone:ApiKey", "HELICONE_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "helicone-api-key",
            "Helicone",
            "Helicone API key",
            Patterns.Token("sk-helicone-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}"),
            new[] { "sk-helicone-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
