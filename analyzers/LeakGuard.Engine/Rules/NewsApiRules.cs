using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NewsApiRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://newsapi.org/account", "NewsApi:ApiKey", "NEWS_API_KEY");

    // A NewsAPI key: 32 hex digits, told apart by the newsapi.org URL it is sent to, the client it is given to or its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "newsapi-api-key",
            "NewsAPI",
            "NewsAPI key (32 hex digits for newsapi.org)",
            Patterns.QueryParameter("newsapi\\.org/v[12]/", "apikey", Key) + "|NewsApiClient\\([ \t]{0,3}(?:api_key[ \t]{0,3}=[ \t]{0,3})?[\"'](?<secret>[0-9a-f]{32})[\"']|" + Patterns.AssignedTo("news_?api_?key", Key),
            new[] { "newsapi", "news_api_key" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
