using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class YandexRules
{
    private static readonly Remediation Remediation = new("https://console.yandex.cloud/iam", "Yandex:ApiKey", "YC_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "yandex-api-key",
            "Yandex Cloud",
            "Yandex Cloud API key",
            Patterns.Token("AQVN[A-Za-z0-9_-]{35,38}"),
            new[] { "AQVN" },
            Remediation)
        {
            MinEntropy = 3.5,
        },

        // An OAuth token of Yandex ID (Disk, Direct, Cloud's CLI, Practicum): it acts as the user for a year.
        new SecretRule(
            "yandex-oauth-token",
            "Yandex",
            "Yandex OAuth token (y0_)",
            Patterns.Token("y[0-3]_(?:A[A-Za-z0-9_-]{54,57}|_[A-Za-z0-9_-]{44,60})"),
            new[] { "y0_", "y1_", "y2_", "y3_" },
            new Remediation("https://oauth.yandex.com/", "Yandex:OAuthToken", "YANDEX_OAUTH_TOKEN"))
        {
            MinEntropy = 4,

            // The older form is base 64 of binary, whose zero bytes are runs of "A".
            RunsBelongToFormat = true,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
