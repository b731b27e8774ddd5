using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ScraperApiRules
{
    private static readonly Remediation Remediation = new("https://dashboard.scraperapi.com/", "ScraperApi:ApiKey", "SCRAPER_API_KEY");

    // A ScraperAPI key: 32 hex digits on an api.scraperapi.com URL or under its name. It spends the account's credits.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "scraperapi-api-key",
            "ScraperAPI",
            "ScraperAPI key (32 hex digits)",
            Patterns.QueryParameter("api\\.scraperapi\\.com", "api_key", "[0-9a-f]{32}") + "|ScraperAPIClient\\([ \t]{0,3}(?:api_key[ \t]{0,3}=[ \t]{0,3})?[\"'](?<secret>[0-9a-f]{32})[\"']|" + Patterns.AssignedTo("scraper_?api_?key", "[0-9a-f]{32}"),
            new[] { "scraperapi", "scraper_api" },
            Remediation)
        {
            ReferencedValue = "[0-9a-f]{32}",
            MinEntropy = 2.5,
        },
    };
}
