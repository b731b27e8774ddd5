using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class QuandlRules
{
    private static readonly Remediation Remediation = new("https://data.nasdaq.com/account/profile", "Quandl:ApiKey", "QUANDL_API_KEY");

    // Quandl became Nasdaq Data Link: its Python package and host took the new name, and the package reads the key from
    // NASDAQ_DATA_LINK_API_KEY.
    private static readonly string[] Context = { "quandl", "data.nasdaq.com", "nasdaqdatalink", "nasdaq_data_link" };

    // A Quandl (Nasdaq Data Link) API key: 20 URL-safe characters of both cases, often with few digits or none, so a
    // random mix of cases is what tells it from the dataset codes (capitals) and names (words) beside it.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "quandl-api-key",
            "Quandl (Nasdaq Data Link)",
            "Quandl or Nasdaq Data Link API key (20 URL-safe characters of both cases next to Quandl or Nasdaq Data Link)",
            Patterns.Token("[A-Za-z0-9_-]{20}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.HasUpperAndLower(value) && !Plausibility.IsMostlyWords(value)),
    };
}
