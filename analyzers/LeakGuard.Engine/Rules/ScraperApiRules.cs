using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ScraperApiRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://dashboard.scraperapi.com/", "ScraperApi:ApiKey", "SCRAPER_API_KEY");

    // A ScraperAPI key: 32 hex digits on an api.scraperapi.com URL or under its name. It spends the account's credits.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "scraperapi-api-key",
            "ScraperAPI",
            "ScraperAPI key (32 hex digits)",
            Patterns.QueryParameter("api\\.scraperapi\\.com", "api_key", Key) + "|ScraperAPIClient\\([ \t]{0,3}(?:api_key[ \t]{0,3}=[ \t]{0,3})?[\"'](?<secret>[0-9a-f]{32})[\"']|" + Patterns.AssignedTo("scraper_?api_?key", Key),
            new[] { "scraperapi", "scraper_api" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 2.5,
        },
    };
}
