using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NewsApiRules
{
    private static readonly Remediation Remediation = new("https://newsapi.org/account", "NewsApi:ApiKey", "NEWS_API_KEY");

    // A NewsAPI key: 32 hex digits, told apart by the newsapi.org URL it is sent to, the client it is given to or its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "newsapi-api-key",
            "NewsAPI",
            "NewsAPI key (32 hex digits for newsapi.org)",
            Patterns.QueryParameter("newsapi\\.org/v[12]/", "apikey", "[0-9a-f]{32}") + "|NewsApiClient\\([ \t]{0,3}(?:api_key[ \t]{0,3}=[ \t]{0,3})?[\"'](?<secret>[0-9a-f]{32})[\"']|" + Patterns.AssignedTo("news_?api_?key", "[0-9a-f]{32}"),
            new[] { "newsapi", "news_api_key" },
            Remediation)
        {
            ReferencedValue = "[0-9a-f]{32}",
            MinEntropy = 3,
        },
    };
}
