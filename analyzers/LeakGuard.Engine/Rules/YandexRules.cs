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
    };
}
