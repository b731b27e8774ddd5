using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SamsaraRules
{
    private static readonly Remediation Remediation = new("https://developers.samsara.com/docs/authentication", "Samsara:ApiToken", "SAMSARA_API_TOKEN");

    // An API token of the fleet platform: "samsara_api_" and 26 to 32 letters and digits. It reads vehicles' locations,
    // drivers and their logs.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "samsara-api-token",
            "Samsara",
            "Samsara API token",
            Patterns.Token("samsara_api_[A-Za-z0-9]{26,32}"),
            new[] { "samsara_api_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
