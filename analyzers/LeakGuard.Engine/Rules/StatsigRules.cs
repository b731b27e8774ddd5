using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class StatsigRules
{
    private static readonly Remediation Remediation = new("https://console.statsig.com/api_keys", "Statsig:ServerSecret", "STATSIG_SERVER_SECRET");

    // A server secret key: "secret-" and 43 letters and digits. It reads every gate and config and logs events. The
    // client keys ("client-") are public.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "statsig-server-secret",
            "Statsig",
            "Statsig server secret key",
            Patterns.Token("secret-[A-Za-z0-9]{43}"),
            new[] { "secret-" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => Plausibility.MixesCasesAndDigits(value) && !Plausibility.IsMostlyWords(value.Substring("secret-".Length)),
        },
    };
}
