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
            Patterns.Token("tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}"),
            new[] { "tvly-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
