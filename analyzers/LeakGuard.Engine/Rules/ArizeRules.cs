using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ArizeRules
{
    private static readonly Remediation Remediation = new("https://app.arize.com/", "Arize:ApiKey", "ARIZE_API_KEY");

    // A service key of the ML observability platform: "ak-", a UUID, '-' and 32 URL-safe characters. It sends traces and
    // reads the space's data.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "arize-api-key",
            "Arize",
            "Arize AX service API key (ak-<uuid>-)",
            Patterns.Token("ak-" + Patterns.Uuid + "-[A-Za-z0-9_-]{32}"),
            new[] { "ak-" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesCasesAndDigits(value.Substring(value.Length - 32)),
        },
    };
}
