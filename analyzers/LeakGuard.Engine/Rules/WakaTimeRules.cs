using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WakaTimeRules
{
    private static readonly Remediation Remediation = new("https://wakatime.com/settings/api-key", "WakaTime:ApiKey", "WAKATIME_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Often in a dotfiles repository's .wakatime.cfg; it reads the account's coding activity.
        new SecretRule(
            "wakatime-api-key",
            "WakaTime",
            "WakaTime API key (waka_ and a UUID)",
            Patterns.Token("waka_" + Patterns.Uuid),
            new[] { "waka_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
