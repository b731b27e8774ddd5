using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PlayFabRules
{
    private static readonly Remediation Remediation = new("https://developer.playfab.com/", "PlayFab:DeveloperSecretKey", "PLAYFAB_SECRET_KEY");

    // The SDKs' setting (PlayFabSettings.DeveloperSecretKey, settings.developerSecretKey) and the header the Server and
    // Admin APIs take it in name it where PlayFab is not written nearby.
    private static readonly string[] Context = { "playfab", "X-SecretKey", "DeveloperSecretKey" };

    // A PlayFab title's secret key: 50 capitals and digits. It calls the Server and Admin APIs for the whole title, so a
    // game client that ships it hands them to every player.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "playfab-secret-key",
            "PlayFab",
            "PlayFab title secret key (50 capitals and digits next to PlayFab, X-SecretKey or DeveloperSecretKey)",
            Patterns.Token("[A-Z0-9]{50}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 4,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 3)),
    };
}
