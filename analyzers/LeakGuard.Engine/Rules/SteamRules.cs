using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SteamRules
{
    private const string Key = "[A-F0-9]{32}";

    private static readonly Remediation Remediation = new("https://steamcommunity.com/dev/apikey", "Steam:WebApiKey", "STEAM_API_KEY");

    private static readonly string[] Context = { "steam", "steampowered" };

    // A Steam Web API key (32 upper-case hex digits) acts for the account that registered it; Steam must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "steam-web-api-key",
            "Steam",
            "Steam Web API key (32 upper-case hex digits next to Steam)",
            Patterns.Token(Key, Patterns.Base62) + "|" + Patterns.ParameterReference("key"),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2),
            referencedValue: Key),
    };
}
