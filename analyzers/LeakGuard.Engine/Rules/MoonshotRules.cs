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

        // Kimi's coding plan issues keys that name themselves: "sk-kimi-" and 64 letters and digits.
        new SecretRule(
            "kimi-code-api-key",
            "Moonshot AI",
            "Kimi Code API key (sk-kimi-)",
            Patterns.Token("sk-kimi-[A-Za-z0-9]{64}"),
            new[] { "sk-kimi-" },
            new Remediation("https://www.kimi.com/code/console", "Kimi:ApiKey", "KIMI_API_KEY"))
        {
            MinEntropy = 4,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 3),
        },
    };
}
