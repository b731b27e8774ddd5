using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TavilyRules
{
    private static readonly Remediation Remediation = new("https://app.tavily.com/home", "Tavily:ApiKey", "TAVILY_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "tavily-api-key",
            "Tavily",
            "Tavily API key",
            // Keys issued since 2025 add a short id and a dash: "tvly-dev-", 5 or 6 characters, "-" and 42 more.
            Patterns.Token("tvly-(?:dev-|prod-)?(?:[A-Za-z0-9]{32}|[A-Za-z0-9]{4,8}-[A-Za-z0-9]{40,44})"),
            new[] { "tvly-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
