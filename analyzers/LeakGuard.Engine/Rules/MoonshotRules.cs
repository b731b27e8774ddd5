using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MoonshotRules
{
    private static readonly Remediation Remediation = new("https://platform.moonshot.ai/console/api-keys", "Moonshot:ApiKey", "MOONSHOT_API_KEY");

    private static readonly string[] Context = { "moonshot", "kimi" };

    // An API key of Moonshot (Kimi): "sk-" and 48 letters and digits, the shape of other OpenAI-compatible services', so
    // Moonshot's names must be nearby; where they are, the finding names Moonshot and its key page.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "moonshot-api-key",
            "Moonshot AI",
            "Moonshot AI (Kimi) API key (sk- and 48 characters next to Moonshot)",
            Patterns.Token("sk-[A-Za-z0-9]{48}"),
            Context,
            Remediation,
            minEntropy: 4,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 3) && Plausibility.HasUpperAndLower(value)),
    };
}
