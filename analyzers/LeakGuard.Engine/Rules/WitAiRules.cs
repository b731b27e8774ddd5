using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WitAiRules
{
    private static readonly Remediation Remediation = new("https://wit.ai/apps", "WitAi:AccessToken", "WIT_ACCESS_TOKEN");

    // pywit is imported as "wit", too short a word to name it, so its import line is the word; "new Wit(" is node-wit's
    // client. A bare "Wit(" would be found in "new Twit(", the Twitter client.
    private static readonly string[] Context = { "wit.ai", "node-wit", "pywit", "from wit import", "new Wit(", "wit_token", "wit_ai" };

    // A Wit.ai server access token: 32 capitals and digits of base 32. A token of letters only is taken for a word in
    // capitals.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "wit-ai-access-token",
            "Wit.ai",
            "Wit.ai server access token (32 base-32 capitals and digits next to Wit.ai, its SDKs or WIT_TOKEN)",
            Patterns.Token("[A-Z2-7]{32}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value)),
    };
}
