using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ExchangeRateApiRules
{
    private static readonly Remediation Remediation = new("https://app.exchangerate-api.com/dashboard", "ExchangeRateApi:Key", "EXCHANGERATE_API_KEY");

    // An ExchangeRate-API key: 24 hex digits, a path segment of its v6 URLs.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "exchangerate-api-key",
            "ExchangeRate-API",
            "ExchangeRate-API key (24 hex digits in a v6 URL)",
            "exchangerate-api\\.com/v6/(?<secret>[0-9a-f]{24})(?:/|$|[^A-Za-z0-9_-])",
            new[] { "exchangerate-api.com/v6/" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
