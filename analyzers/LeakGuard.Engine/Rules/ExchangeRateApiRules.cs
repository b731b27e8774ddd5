using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ExchangeRateApiRules
{
    private const string Key = "[0-9a-f]{24}";

    private static readonly Remediation Remediation = new("https://app.exchangerate-api.com/dashboard", "ExchangeRateApi:Key", "EXCHANGERATE_API_KEY");

    // An ExchangeRate-API key: 24 hex digits, a path segment of its v6 URLs.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "exchangerate-api-key",
            "ExchangeRate-API",
            "ExchangeRate-API key (24 hex digits in a v6 URL)",
            "exchangerate-api\\.com/v6/(?:(?<secret>" + Key + ")(?:/|$|[^A-Za-z0-9_-])|" + Patterns.Reference + ")",
            new[] { "exchangerate-api.com/v6/" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
